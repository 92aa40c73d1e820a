package io.github.planning.io.sdmx;

import io.github.planning.core.ObservationStatus;
import java.util.Optional;

/** {@code OBS_STATUS} codes of SDMX's {@code CL_OBS_STATUS} for the library's statuses. */
final class SdmxStatus {

  private SdmxStatus() {}

  /** {@code A} for final, {@code E} for estimated (预计), {@code P} for preliminary (初步). */
  static String codeOf(ObservationStatus status) {
    return switch (status) {
      case FINAL -> "A";
      case ESTIMATED -> "E";
      case PRELIMINARY -> "P";
    };
  }

  /**
   * The status of a code; empty for codes the library has no status for ({@code F}, {@code B} …).
   */
  static Optional<ObservationStatus> of(String code) {
    return switch (code) {
      case "", "A" -> Optional.of(ObservationStatus.FINAL);
      case "E" -> Optional.of(ObservationStatus.ESTIMATED);
      case "P" -> Optional.of(ObservationStatus.PRELIMINARY);
      default -> Optional.empty();
    };
  }
}

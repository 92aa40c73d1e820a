package io.github.planning.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.planning.core.Direction;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressInputTest {

  @Test
  void base_isTheStatedValueElseTheObservationOfTheBaseYear_latestIsAfterTheBaseYear() {
    ProgressInput in =
        ProgressInput.builder()
            .baseYear(2020)
            .targetYear(2025)
            .putObservation(2022, new BigDecimal("3"))
            .putObservation(2019, new BigDecimal("1"))
            .putObservation(2020, new BigDecimal("2"))
            .build();
    assertThat(in.base()).contains(new BigDecimal("2"));
    assertThat(in.latest()).contains(Map.entry(2022, new BigDecimal("3")));
    assertThat(in.observations().keySet()).containsExactly(2019, 2020, 2022);
    assertThat(in.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(in.scale()).isEqualTo(ProgressMethod.GEOMETRIC);
    ProgressInput stated = ProgressInput.builder().from(in).baseValue(BigDecimal.TEN).build();
    assertThat(stated.base()).contains(BigDecimal.TEN);
    ProgressInput early =
        ProgressInput.builder()
            .baseYear(2020)
            .targetYear(2025)
            .putObservation(2020, BigDecimal.ONE)
            .build();
    assertThat(early.latest()).isEmpty();
    assertThat(ProgressInput.builder().baseYear(2020).targetYear(2025).build().base()).isEmpty();
  }

  @Test
  void targetYear_mustBeAfterTheBaseYear() {
    assertThatThrownBy(() -> ProgressInput.builder().baseYear(2020).targetYear(2020).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("targetYear (2020) must be after baseYear (2020)");
    assertThat(ProgressInput.builder().baseYear(2020).targetYear(2021).build().targetYear())
        .isEqualTo(2021);
  }
}

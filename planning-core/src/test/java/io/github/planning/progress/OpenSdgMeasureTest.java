package io.github.planning.progress;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.common.io.Resources;
import io.github.planning.core.Direction;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ProgressMeasure#OPEN_SDG} against the statuses sdg-build's own code gives (see README).
 */
class OpenSdgMeasureTest {

  record Series(String name, ProgressInput input, List<Double> thresholds, String expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Series> series() throws IOException {
    List<String> lines =
        Resources.readLines(Resources.getResource("open-sdg/progress-measure-expected.csv"), UTF_8);
    assertThat(lines.get(0))
        .isEqualTo(
            "case,base_year,target_year,target,direction,limit,"
                + "thresholds,observations,sdg_build_status");
    return lines.stream().skip(1).map(OpenSdgMeasureTest::series);
  }

  private static Series series(String line) {
    List<String> f = csv(line);
    ProgressInput.Builder in =
        ProgressInput.builder()
            .baseYear(Integer.parseInt(f.get(1)))
            .targetYear(Integer.parseInt(f.get(2)))
            .direction(
                f.get(4).equals("positive")
                    ? Direction.HIGHER_IS_BETTER
                    : Direction.LOWER_IS_BETTER);
    if (!f.get(3).isEmpty()) {
      in.targetValue(new BigDecimal(f.get(3)));
    }
    if (!f.get(5).isEmpty()) {
      in.limit(new BigDecimal(f.get(5)));
    }
    for (String o : f.get(7).split(" ")) {
      String[] yv = o.split(":");
      in.putObservation(Integer.parseInt(yv[0]), new BigDecimal(yv[1]));
    }
    List<Double> thresholds =
        f.get(6).isEmpty()
            ? List.of()
            : Stream.of(f.get(6).split("/")).map(Double::valueOf).toList();
    return new Series(f.get(0), in.build(), thresholds, f.get(8));
  }

  /** The fields of a line of simple CSV: quoted fields hold commas, never quotes. */
  private static List<String> csv(String line) {
    List<String> fields = new java.util.ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  private static ProgressStatus fromSdgBuild(String status) {
    return switch (status) {
      case "target_achieved" -> ProgressStatus.TARGET_ACHIEVED;
      case "on_track" -> ProgressStatus.SUBSTANTIAL_PROGRESS;
      case "progress_needs_acceleration" -> ProgressStatus.MODERATE_PROGRESS;
      case "limited_progress" -> ProgressStatus.LIMITED_PROGRESS;
      case "deterioration" -> ProgressStatus.DETERIORATION;
      case "" -> ProgressStatus.NOT_AVAILABLE;
      default -> throw new AssertionError("unknown sdg-build status '" + status + "'");
    };
  }

  @Test
  void fixture_hasAtLeast30Series_withTheEdgeRules() throws IOException {
    List<Series> all = series().toList();
    assertThat(all).hasSizeGreaterThanOrEqualTo(30);
    assertThat(all)
        .extracting(Series::name)
        .contains(
            "base year missing, target",
            "base 0 with a target",
            "target 0 not achieved",
            "opposite signs with a target",
            "limit near the maximum");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("series")
  void status_agreesWithSdgBuild(Series s) {
    ProgressResult r = ProgressMeasure.OPEN_SDG.assess(s.input());

    assertThat(r.status()).as("%s: %s", s.name(), r).isEqualTo(fromSdgBuild(s.expected()));
    assertThat(r.isAvailable()).isEqualTo(!s.expected().isEmpty());
    assertThat(r.targetMet()).isEqualTo(s.expected().equals("target_achieved"));
    if (!s.thresholds().isEmpty()) {
      assertThat(r.thresholds()).hasSize(3);
      for (int i = 0; i < 3; i++) {
        assertThat(r.thresholds().get(i).doubleValue())
            .as("threshold %s", i)
            .isCloseTo(s.thresholds().get(i), within(1e-15));
      }
    }
  }

  @Test
  void components_showWhatTheStatusWasComputedFrom() {
    ProgressInput in =
        ProgressInput.builder()
            .baseYear(2015)
            .targetYear(2030)
            .putObservation(2017, new BigDecimal("100"))
            .putObservation(2020, new BigDecimal("120"))
            .targetValue(new BigDecimal("200"))
            .build();

    ProgressResult r = ProgressMeasure.OPEN_SDG.assess(in);

    // the base year 2015 has no data: sdg-build takes 2017
    double observed = Math.pow(1.2, 1 / 3.0) - 1;
    double required = Math.pow(2, 1 / 13.0) - 1;
    assertThat(r.measure()).isEqualTo(ProgressMeasureName.OPEN_SDG);
    assertThat(r.baseYear()).hasValue(2017);
    assertThat(r.baseValue()).contains(new BigDecimal("100"));
    assertThat(r.latestYear()).hasValue(2020);
    assertThat(r.latestValue()).contains(new BigDecimal("120"));
    assertThat(r.targetYear()).hasValue(2030);
    assertThat(r.targetValue()).contains(new BigDecimal("200"));
    assertThat(r.observedGrowth().orElseThrow().doubleValue()).isCloseTo(observed, within(1e-12));
    assertThat(r.requiredGrowth().orElseThrow().doubleValue()).isCloseTo(required, within(1e-12));
    assertThat(r.ratio().orElseThrow().doubleValue()).isCloseTo(observed / required, within(1e-9));
    assertThat(r.score().orElseThrow().doubleValue())
        .isCloseTo(Math.min(5, 7.1429 * observed / required - 4.2857), within(1e-9));
    assertThat(r.thresholds()).extracting(BigDecimal::doubleValue).containsExactly(0.95, 0.6, 0.0);
    assertThat(r.note()).hasValueSatisfying(n -> assertThat(n).contains("2015", "2017"));
  }

  @Test
  void withoutTarget_reportsTheLimitCoefficient_andUndefinedGrowthIsNoted() {
    ProgressInput near =
        ProgressInput.builder()
            .baseYear(2015)
            .targetYear(2030)
            .putObservation(2015, new BigDecimal("50"))
            .putObservation(2020, new BigDecimal("60"))
            .limit(new BigDecimal("100"))
            .build();
    ProgressResult r = ProgressMeasure.OPEN_SDG.assess(near);
    assertThat(r.limitCoefficient().orElseThrow().doubleValue())
        .isCloseTo(1 - Math.pow(0.5, 4.44), within(1e-12));
    assertThat(r.requiredGrowth()).isEmpty();
    assertThat(r.note()).isEmpty();

    ProgressInput signs =
        ProgressInput.builder()
            .baseYear(2015)
            .targetYear(2030)
            .putObservation(2015, new BigDecimal("-2"))
            .putObservation(2020, new BigDecimal("3"))
            .build();
    assertThat(ProgressMeasure.OPEN_SDG.assess(signs).note())
        .hasValueSatisfying(n -> assertThat(n).contains("-2", "3", "both signs"));
    ProgressInput stated =
        ProgressInput.builder()
            .baseYear(2015)
            .baseValue(new BigDecimal("80"))
            .targetYear(2030)
            .putObservation(2020, new BigDecimal("120"))
            .build();
    ProgressResult fromStated = ProgressMeasure.OPEN_SDG.assess(stated);
    assertThat(fromStated.baseYear()).hasValue(2015);
    assertThat(fromStated.baseValue()).contains(new BigDecimal("80"));
    assertThat(fromStated.note()).isEmpty();
    assertThat(ProgressMeasure.OPEN_SDG.name()).isEqualTo(ProgressMeasureName.OPEN_SDG);
  }
}

package io.github.planning.io.opensdg;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.planning.core.Indicator;
import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanRow;
import io.github.planning.io.PlanCsvReader;
import io.github.planning.io.ReadOptions;
import io.github.planning.progress.Progress;
import io.github.planning.progress.ProgressMeasure;
import io.github.planning.progress.ProgressStatus;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenSdgWriterTest {

  private static Plan table12() {
    try (PlanCsvReader reader =
        PlanCsvReader.open(
            OpenSdgWriterTest.class.getResourceAsStream("/seed/table-1-2.csv"),
            ReadOptions.builder().source("table-1-2").title("表1-2").region("湖州市吴兴区").build())) {
      return reader.readPlan();
    }
  }

  /** Three years of observations for every row with a figure base, rising or falling by row. */
  private static List<Observation> observations(Plan plan) {
    List<Observation> observations = new ArrayList<>();
    int i = 0;
    for (PlanRow row : plan.rows()) {
      i++;
      BigDecimal base = row.base().flatMap(v -> v.plainAmount()).orElse(null);
      if (base == null) {
        continue;
      }
      // yearly factors from 0.93 to 1.12, different for each row, so every status occurs
      BigDecimal factor =
          new BigDecimal("0.93")
              .add(new BigDecimal("0.01").multiply(BigDecimal.valueOf((i * 7) % 20)));
      BigDecimal value = base;
      for (int year = 2021; year <= 2023; year++) {
        value = value.multiply(factor, new MathContext(6));
        observations.add(Observation.of(row.code(), year, value));
      }
    }
    return observations;
  }

  @Test
  void openSdgsOwnRules_onTheExportedFiles_giveTheLibrarysStatus(@TempDir Path site)
      throws IOException {
    Plan plan = table12();
    // a natural limit on one share, which sdg-build knows only through its thresholds
    List<PlanRow> rows = new ArrayList<>(plan.rows());
    PlanRow forest = plan.row("1-2-23").orElseThrow();
    rows.set(
        rows.indexOf(forest),
        PlanRow.builder()
            .from(forest)
            .indicator(
                Indicator.builder().from(forest.indicator()).limit(new BigDecimal("40")).build())
            .build());
    plan = Plan.builder().from(plan).rows(rows).build();
    List<Observation> observations = observations(plan);

    OpenSdgExport export = OpenSdgWriter.write(plan, observations, site);

    Map<ProgressStatus, Integer> seen = new HashMap<>();
    int compared = 0;
    for (String code : export.written()) {
      Map<String, String> meta = yaml(Files.readString(site.resolve("meta/" + code + ".yml")));
      TreeMap<Integer, Double> data = data(site.resolve("data/indicator_" + code + ".csv"));
      PlanRow row = plan.row(code).orElseThrow();
      if (export.withoutProgress().containsKey(code)) {
        assertThat(meta.get("auto_progress_calculation")).isEqualTo("false");
        continue;
      }
      ProgressStatus library =
          (ProgressStatus)
              ProgressMeasure.OPEN_SDG
                  .assess(Progress.input(row, plan.period(), observations, 9999).orElseThrow())
                  .status();
      String openSdg = sdgBuild(data, meta);
      assertThat(openSdg).as(code).isEqualTo(OPEN_SDG_NAMES.get(library));
      seen.merge(library, 1, Integer::sum);
      compared++;
    }
    assertThat(compared).isGreaterThanOrEqualTo(25);
    assertThat(seen.keySet())
        .contains(
            ProgressStatus.TARGET_ACHIEVED,
            ProgressStatus.SUBSTANTIAL_PROGRESS,
            ProgressStatus.DETERIORATION);
    assertThat(export.withoutProgress()).containsKeys("1-2-14", "1-2-39");
    assertThat(export.skipped())
        .containsEntry("1-2-03", "no figures: neither a base value nor observations");
  }

  @Test
  void theFiles_holdTheFiguresExactly_andTheOptionsStated(@TempDir Path site) throws IOException {
    Plan plan = table12();
    List<Observation> observations =
        List.of(
            Observation.of("1-2-01", 2020, new BigDecimal("750")),
            Observation.of("1-2-01", 2022, new BigDecimal("901.20")),
            Observation.of("1-2-21", 2022, new BigDecimal("26")));
    OpenSdgWriter.write(plan, observations, site);
    // the stated base wins over an observation of the base year
    assertThat(Files.readString(site.resolve("data/indicator_1-2-01.csv"), UTF_8))
        .isEqualTo("Year,Value\n2020,752.8\n2022,901.20\n");
    assertThat(Files.readString(site.resolve("meta/1-2-01.yml"), UTF_8))
        .isEqualTo(
            """
        indicator_number: "1-2-01"
        indicator_name: "地区生产总值(GDP)"
        computation_units: "亿元"
        auto_progress_calculation: true
        progress_calculation_options:
          - base_year: 2020
            target_year: 2025
            target: 1000
            direction: positive
            progress_thresholds:
              high: 0.95
              med: 0.6
              low: 0
        """);
    assertThat(yaml(Files.readString(site.resolve("meta/1-2-21.yml"))))
        .containsEntry("direction", "negative")
        .containsEntry("target", "25");
    assertThat(site.resolve("data/indicator_1-2-02.csv")).hasContent("Year,Value\n2020,16.2");
  }

  @Test
  void codesThatCannotNameAFile_areRefusedBeforeAnythingIsWritten(@TempDir Path site) {
    Plan plan = table12();
    PlanRow first = plan.rows().get(0);
    List<PlanRow> rows = new ArrayList<>(plan.rows());
    rows.set(
        0,
        PlanRow.builder()
            .from(first)
            .indicator(Indicator.builder().from(first.indicator()).code("../gdp").build())
            .build());
    Plan bad = Plan.builder().from(plan).rows(rows).build();
    assertThatThrownBy(() -> OpenSdgWriter.write(bad, List.of(), site))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("row '../gdp' has a code that cannot name an Open SDG indicator");
    assertThat(site.resolve("data")).doesNotExist();
  }

  // ---- sdg-build's ProgressMeasure.py, re-done here from its source in double arithmetic ----

  private static final Map<ProgressStatus, String> OPEN_SDG_NAMES =
      Map.of(
          ProgressStatus.TARGET_ACHIEVED, "target_achieved",
          ProgressStatus.SUBSTANTIAL_PROGRESS, "on_track",
          ProgressStatus.MODERATE_PROGRESS, "progress_needs_acceleration",
          ProgressStatus.LIMITED_PROGRESS, "limited_progress",
          ProgressStatus.DETERIORATION, "deterioration",
          ProgressStatus.NOT_AVAILABLE, "None");

  private static String sdgBuild(TreeMap<Integer, Double> data, Map<String, String> config) {
    int baseYear = Integer.parseInt(config.getOrDefault("base_year", "2015"));
    int targetYear = Integer.parseInt(config.getOrDefault("target_year", "2030"));
    String direction = config.getOrDefault("direction", "negative");
    Double target = config.containsKey("target") ? Double.valueOf(config.get("target")) : null;
    if (target != null && target == 0) {
      target = 0.001;
    }
    int currentYear = data.lastKey();
    if (!data.containsKey(baseYear)) {
      if (baseYear > currentYear) {
        return "None";
      }
      baseYear = data.ceilingKey(baseYear + 1);
    }
    if (currentYear - baseYear < 1) {
      return "None";
    }
    double current = data.get(currentYear);
    double base = data.get(baseYear);
    double high;
    double med;
    double low;
    double value;
    if (target == null) {
      high = Double.parseDouble(config.getOrDefault("high", "0.015"));
      med = Double.parseDouble(config.getOrDefault("med", "0.005"));
      low = Double.parseDouble(config.getOrDefault("low", "0"));
      value = growth(current, base, currentYear, baseYear);
      if (direction.equals("negative")) {
        value = -1 * value;
      }
    } else {
      high = Double.parseDouble(config.getOrDefault("high", "0.95"));
      med = Double.parseDouble(config.getOrDefault("med", "0.6"));
      low = Double.parseDouble(config.getOrDefault("low", "0"));
      if ((direction.equals("negative") && current <= target)
          || (direction.equals("positive") && current >= target)) {
        return "target_achieved";
      }
      value =
          growth(current, base, currentYear, baseYear) / growth(target, base, targetYear, baseYear);
    }
    if (value >= high) {
      return "on_track";
    } else if (med <= value && value < high) {
      return "progress_needs_acceleration";
    } else if (low <= value && value < med) {
      return "limited_progress";
    } else if (value < low) {
      return "deterioration";
    }
    return "None";
  }

  private static double growth(double val1, double val2, double t1, double t2) {
    return Math.pow(val1 / val2, 1 / (t1 - t2)) - 1;
  }

  private static TreeMap<Integer, Double> data(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, UTF_8);
    assertThat(lines.get(0)).isEqualTo("Year,Value");
    TreeMap<Integer, Double> data = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      data.put(Integer.valueOf(cells[0]), Double.valueOf(cells[1]));
    }
    return data;
  }

  /** The keys of the metadata written, at any depth (the files use no other YAML). */
  private static Map<String, String> yaml(String text) {
    Map<String, String> values = new HashMap<>();
    Matcher m = Pattern.compile("(?m)^[ -]*([a-z_]+): (.+)$").matcher(text);
    while (m.find()) {
      values.put(m.group(1), m.group(2).replaceAll("^\"|\"$", ""));
    }
    return values;
  }
}

package io.github.planning.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.planning.core.Observation;
import io.github.planning.core.ObservationStatus;
import io.github.planning.core.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanFilesTest {

  @Test
  void plans_andObservations_throughFilesByExtension(@TempDir Path dir) throws IOException {
    Path source = dir.resolve("table-1-2.csv");
    Files.write(source, PlanCsvReaderTest.resource("table-1-2.csv").readAllBytes());
    Plan plan = PlanFiles.readPlan(source);
    assertThat(plan.rows()).hasSize(42);
    assertThat(plan.title()).isEqualTo(source.toString());

    Path json = dir.resolve("plan.JSON");
    PlanFiles.writePlan(plan, json);
    assertThat(Files.readString(json, UTF_8)).startsWith("{\n  \"format\" : \"planning-plan/1\"");
    assertThat(PlanFiles.readPlan(json)).isEqualTo(plan);

    Path excel = dir.resolve("excel.csv");
    PlanFiles.writePlan(plan, excel, WriteOptions.excel());
    assertThat(Files.readAllBytes(excel)[0] & 0xFF).isEqualTo(0xEF);
    assertThat(PlanFiles.readPlan(excel, ReadOptions.builder().source("excel.csv")
        .title(plan.title()).build()).rows()).isEqualTo(plan.rows());

    List<Observation> series = List.of(Observation.of("1-2-01", 2021, new BigDecimal("830.5")),
        Observation.of("1-2-01", 2022, new BigDecimal("880")).withStatus(ObservationStatus.ESTIMATED));
    for (String name : List.of("obs.csv", "obs.json")) {
      PlanFiles.writeObservations(series, dir.resolve(name));
      assertThat(PlanFiles.readObservations(dir.resolve(name))).isEqualTo(series);
    }
    PlanReadResult all = PlanFiles.readAll(source, ReadOptions.of("x").withMode(ReadMode.LENIENT));
    assertThat(all.records()).hasSize(42);
    assertThat(all.problems()).isEmpty();
  }

  @Test
  void otherExtensions_andMissingFiles_areClearErrors(@TempDir Path dir) {
    assertThat(PlanFiles.Format.of(Path.of("a.Csv"))).isEqualTo(PlanFiles.Format.CSV);
    assertThat(PlanFiles.Format.of(Path.of("a.json"))).isEqualTo(PlanFiles.Format.JSON);
    assertThatThrownBy(() -> PlanFiles.Format.of(Path.of("plan.xlsx")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'plan.xlsx' ends neither in .csv nor in .json");
    assertThatThrownBy(() -> PlanFiles.Format.of(Path.of("/")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PlanFiles.readPlan(dir.resolve("missing.csv")))
        .isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> PlanFiles.readObservations(dir.resolve("missing.json")))
        .isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> PlanFiles.writePlan(Plan.builder().title("T")
        .period(io.github.planning.core.PlanPeriod.of(2021, 2025)).build(),
        dir.resolve("no/such/dir/plan.csv")))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void aBadFile_inLenientMode_keepsItsRecordsButHasNoPlanWithoutAPeriod(@TempDir Path dir)
      throws IOException {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "name,base\nGDP,9.5%%\n", UTF_8);
    PlanReadResult result = PlanFiles.readAll(csv, ReadOptions.of("bad.csv")
        .withMode(ReadMode.LENIENT));
    assertThat(result.records()).hasSize(1);
    assertThat(result.plan()).isEmpty();
    assertThat(result.problems()).extracting(Problem::reason).containsExactly(
        "not a valid value: at index 4, unexpected '%'",
        "the plan period is not known: give it in the options or give rows a base_year and a "
            + "target_year");
    assertThatThrownBy(() -> PlanFiles.readPlan(csv, ReadOptions.of("bad.csv")
        .withMode(ReadMode.LENIENT)))
        .isInstanceOf(PlanningReadException.class)
        .hasMessageStartingWith("2 problems in bad.csv:");
  }
}

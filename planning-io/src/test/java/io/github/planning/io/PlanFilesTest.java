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
    assertThat(
            PlanFiles.readPlan(
                    excel, ReadOptions.builder().source("excel.csv").title(plan.title()).build())
                .rows())
        .isEqualTo(plan.rows());

    List<Observation> series =
        List.of(
            Observation.of("1-2-01", 2021, new BigDecimal("830.5")),
            Observation.of("1-2-01", 2022, new BigDecimal("880"))
                .withStatus(ObservationStatus.ESTIMATED));
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
    assertThatThrownBy(
            () ->
                PlanFiles.writePlan(
                    Plan.builder()
                        .title("T")
                        .period(io.github.planning.core.PlanPeriod.of(2021, 2025))
                        .build(),
                    dir.resolve("no/such/dir/plan.csv")))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void aBadFile_inLenientMode_keepsItsRecordsButHasNoPlanWithoutAPeriod(@TempDir Path dir)
      throws IOException {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "name,base\nGDP,9.5%%\n", UTF_8);
    PlanReadResult result =
        PlanFiles.readAll(csv, ReadOptions.of("bad.csv").withMode(ReadMode.LENIENT));
    assertThat(result.records()).hasSize(1);
    assertThat(result.plan()).isEmpty();
    assertThat(result.problems())
        .extracting(Problem::reason)
        .containsExactly(
            "not a valid value: at index 4, unexpected '%'",
            "the plan period is not known: no row has a base year and a target year (year headings "
                + "such as 2020年 and 2025年目标, or base_year and target_year columns), and no period "
                + "was given (such as 十四五 or 2021-2025)");
    assertThatThrownBy(
            () -> PlanFiles.readPlan(csv, ReadOptions.of("bad.csv").withMode(ReadMode.LENIENT)))
        .isInstanceOf(PlanningReadException.class)
        .hasMessageStartingWith("2 problems in bad.csv:");
  }

  @Test
  void thePeriod_comesFromTheHeadings_elseTheOptions_andAContradictionIsAProblemNamingBoth(
      @TempDir Path dir) throws IOException {
    Path headed = dir.resolve("headed.csv");
    Files.writeString(headed, "二级指标,单位,2020年,2025年目标\nGDP,亿元,752.8,1000\n", UTF_8);
    Path bare = dir.resolve("bare.csv");
    Files.writeString(bare, "name,unit,base,target\nGDP,亿元,752.8,1000\n", UTF_8);
    ReadOptions thirteenth =
        ReadOptions.builder()
            .source("x")
            .period(io.github.planning.core.PlanPeriod.THIRTEENTH_FIVE_YEAR_PLAN)
            .build();
    assertThat(PlanFiles.readPlan(headed).period().toString()).isEqualTo("2021-2025");
    assertThat(PlanFiles.readPlan(bare, thirteenth).period().toString()).isEqualTo("2016-2020");
    assertThatThrownBy(() -> PlanFiles.readPlan(headed, thirteenth))
        .isInstanceOf(PlanningReadException.class)
        .hasMessageContaining(
            "the period given, 十三五 2016-2020, contradicts the years of the "
                + "table, base 2020 and target 2025 (十四五 2021-2025)");
    Path json = dir.resolve("plan.json");
    PlanFiles.writePlan(PlanFiles.readPlan(headed), json);
    assertThatThrownBy(() -> PlanFiles.readPlan(json, thirteenth))
        .hasMessageContaining("contradicts");
    assertThat(
            PlanFiles.readAll(bare, ReadOptions.of("bare.csv").withMode(ReadMode.LENIENT)).plan())
        .isEmpty();
  }

  @Test
  void reading_aDirectoryOrAMissingFile_namesThePath(@TempDir Path dir) {
    assertThatThrownBy(
            () -> PlanFiles.readPlan(dir.resolve("sub.csv").getParent().resolve("x.csv")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("x.csv: no such file");
    Path folder = dir.resolve("folder.csv");
    assertThat(folder.toFile().mkdir()).isTrue();
    assertThatThrownBy(() -> PlanFiles.readPlan(folder))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(folder + ": it is a directory, not a file");
    assertThatThrownBy(
            () ->
                PlanFiles.writePlan(
                    Plan.builder()
                        .title("T")
                        .period(io.github.planning.core.PlanPeriod.of(2021, 2025))
                        .build(),
                    folder))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("it is a directory, not a file");
  }

  @Test
  void aFailedWrite_leavesThePreviousFile_andNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("plan.csv");
    Files.writeString(out, "old", UTF_8);
    assertThatThrownBy(
            () ->
                AtomicFile.write(
                    out,
                    o -> {
                      o.write("new and half".getBytes(UTF_8));
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");
    assertThat(Files.readString(out, UTF_8)).isEqualTo("old");
    assertThatThrownBy(
            () ->
                AtomicFile.write(
                    out,
                    o -> {
                      throw new IllegalStateException("bad row");
                    }))
        .hasMessage("bad row");
    assertThat(Files.readString(out, UTF_8)).isEqualTo("old");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
    AtomicFile.write(out, o -> o.write("new".getBytes(UTF_8)));
    assertThat(Files.readString(out, UTF_8)).isEqualTo("new");
    assertThatThrownBy(() -> AtomicFile.write(dir.resolve("no/such/dir/plan.csv"), o -> {}))
        .isInstanceOf(java.nio.file.FileSystemException.class)
        .hasMessageContaining(
            "no/such/dir/plan.csv: its directory "
                + dir.resolve("no/such/dir")
                + " does not exist");
  }

  @Test
  void aWriteThroughASymbolicLink_replacesItsTarget_andKeepsPermissions(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("plan.csv");
    Files.writeString(file, "old", UTF_8);
    java.util.Set<java.nio.file.attribute.PosixFilePermission> mode =
        java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----");
    Files.setPosixFilePermissions(file, mode);
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), file);
    AtomicFile.write(link, o -> o.write("new".getBytes(UTF_8)));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(file, UTF_8)).isEqualTo("new");
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(mode);
    Path fresh = dir.resolve("fresh.csv");
    AtomicFile.write(fresh, o -> o.write('x'));
    assertThat(Files.getPosixFilePermissions(fresh))
        .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
  }
}

package io.github.planning.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.planning.core.PlanRow;
import io.github.planning.io.AtomicFile;
import io.github.planning.io.PlanCsvWriter;
import io.github.planning.io.PlanFiles;
import io.github.planning.io.ReadOptions;
import io.github.planning.io.WriteOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Properties of the file operations: for any input and any point of failure, the previous output is
 * byte for byte as it was (or still absent), or the new output reads back to the input's rows.
 */
class ConvertCommandTest {

  private static final byte[] PREVIOUS = "{\"previous\" : true}\n".getBytes(UTF_8);

  private static String table(int rows, int bad) {
    StringBuilder csv = new StringBuilder("code,name,unit,base_year,base,target_year,target\n");
    for (int i = 0; i < rows; i++) {
      csv.append("r")
          .append(i)
          .append(",指标")
          .append(i)
          .append(",亿元,2020,")
          .append(i == bad ? "9.5%%" : String.valueOf(100 + i))
          .append(",2025,[9]以上\n");
    }
    return csv.toString();
  }

  private static List<PlanRow> rows(Path file) {
    return PlanFiles.readPlan(file, ReadOptions.of(file.toString())).rows();
  }

  @Test
  void convert_leavesThePreviousOutput_orWritesOneThatReadsBackToTheInputsRows()
      throws IOException {
    Path dir = Files.createTempDirectory("convert-property");
    qt().forAll(
            integers().between(1, 40),
            integers().between(-1, 45),
            booleans().all(),
            booleans().all())
        .checkAssert(
            (rows, bad, previous, toJson) -> {
              try {
                Path in = dir.resolve("in.csv");
                Files.writeString(in, table(rows, bad), UTF_8);
                Path out = dir.resolve(toJson ? "out.json" : "out.csv");
                Files.deleteIfExists(out);
                if (previous) {
                  Files.write(out, PREVIOUS);
                }
                PlanningCliTest.Run run =
                    PlanningCliTest.run("convert", in.toString(), out.toString());
                if (run.status() == 0) {
                  assertThat(bad < 0 || bad >= rows).isTrue();
                  assertThat(rows(out).stream().map(PlanRow::code).toList())
                      .isEqualTo(rows(in).stream().map(PlanRow::code).toList());
                  assertThat(rows(out)).isEqualTo(rows(in));
                } else {
                  assertThat(bad).isBetween(0, rows - 1);
                  if (previous) {
                    assertThat(Files.readAllBytes(out)).isEqualTo(PREVIOUS);
                  } else {
                    assertThat(out).doesNotExist();
                  }
                }
                try (var files = Files.list(dir)) {
                  assertThat(files.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
                }
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
  }

  @Test
  void convert_keepsYearlyTargetsAndExtraColumns_throughJsonAndBack_fromFilesAndStandardInput()
      throws IOException {
    Path dir = Files.createTempDirectory("convert-yearly");
    Path published = dir.resolve("published.csv");
    Files.writeString(
        published,
        "指标,2020年,2021年目标,2022年目标,2025年目标,资料来源\n"
            + "地区生产总值(亿元),100,105,,150,统计局\n"
            + "常住人口(万人),60,,61,62,普查\n",
        UTF_8);
    Path json = dir.resolve("plan.json");
    Path csv = dir.resolve("plan.csv");
    assertThat(PlanningCliTest.run("convert", published.toString(), json.toString()).status())
        .isZero();
    assertThat(PlanningCliTest.run("convert", json.toString(), csv.toString()).status()).isZero();

    List<PlanRow> rows = rows(published);
    assertThat(rows.get(0).yearlyTargets()).containsOnlyKeys(2021);
    assertThat(rows.get(1).yearlyTargets()).containsOnlyKeys(2022);
    assertThat(rows(json)).isEqualTo(rows);
    assertThat(rows(csv)).isEqualTo(rows);
    List<String> lines = Files.readAllLines(csv, UTF_8);
    assertThat(lines.get(0)).endsWith(",target_2021,target_2022,资料来源");
    assertThat(lines.get(1)).endsWith(",105,,统计局");
    assertThat(lines.get(2)).endsWith(",,61,普查");

    PlanningCliTest.Run piped =
        PlanningCliTest.run(
            Files.readAllBytes(json), false, "convert", "--from", "json", "--to", "csv", "-", "-");
    assertThat(piped.status()).isZero();
    assertThat(piped.out()).isEqualTo(Files.readString(csv, UTF_8));
  }

  /** A table as published: a title line above the header, a note row after the rows. */
  static final String PUBLISHED =
      "表1-2 “十四五”时期经济和社会发展主要指标\n"
          + "一级 指标,序号,二级指标,,单位,2020年,2025年 目标,年均/累计增长,指标 属性\n"
          + "经 济 发 展,1,地区生产总值(GDP),,亿元,752.8,1000,——,预期性\n"
          + ",3,城镇化率*,常住人口城镇化率,%,73,78,——,预期性\n"
          + ",,,户籍人口城镇化率,,53,58,——,\n"
          + "注:1.标“*”为吴兴特色指标;2.[]数据为累计数据。\n";

  @Test
  void convertToJson_ofATableAsPublished_keepsItsTitleAndNotes_fromAFileAndStandardInput()
      throws IOException {
    Path dir = Files.createTempDirectory("convert-published");
    Path published = dir.resolve("t.csv");
    Files.writeString(published, PUBLISHED, UTF_8);
    Path json = dir.resolve("t.json");
    assertThat(PlanningCliTest.run("convert", published.toString(), json.toString()).status())
        .isZero();
    io.github.planning.core.Plan plan = PlanFiles.readPlan(json);
    assertThat(plan.title()).isEqualTo("表1-2 “十四五”时期经济和社会发展主要指标");
    assertThat(plan.notes()).containsExactly("注:1.标“*”为吴兴特色指标;2.[]数据为累计数据。");
    assertThat(plan.rows()).isEqualTo(rows(published));

    PlanningCliTest.Run piped =
        PlanningCliTest.run(
            PUBLISHED.getBytes(UTF_8), false, "convert", "--from", "csv", "--to", "json", "-", "-");
    assertThat(piped.status()).isZero();
    assertThat(piped.out())
        .contains("\"title\" : \"表1-2 “十四五”时期经济和社会发展主要指标\"")
        .contains("\"notes\" : [ \"注:1.标“*”为吴兴特色指标;2.[]数据为累计数据。\" ]");
    PlanningCliTest.Run titled =
        PlanningCliTest.run(
            "convert", "--title", "主要指标", published.toString(), "-", "--to", "json");
    assertThat(titled.out()).contains("\"title\" : \"主要指标\"");
  }

  @Test
  void aWriteThatFailsAtAnyByte_leavesThePreviousFile() throws IOException {
    Path dir = Files.createTempDirectory("atomic-property");
    Path source = dir.resolve("source.csv");
    Files.writeString(source, table(30, -1), UTF_8);
    io.github.planning.core.Plan plan = PlanFiles.readPlan(source);
    qt().forAll(integers().between(0, 4_000), booleans().all())
        .checkAssert(
            (failAt, previous) -> {
              try {
                Path out = dir.resolve("out.csv");
                Files.deleteIfExists(out);
                if (previous) {
                  Files.write(out, PREVIOUS);
                }
                boolean failed = false;
                try {
                  AtomicFile.write(
                      out,
                      o ->
                          PlanCsvWriter.write(
                              plan, new Failing(o, failAt), WriteOptions.canonical()));
                } catch (IOException | RuntimeException e) {
                  failed = true;
                }
                if (failed) {
                  if (previous) {
                    assertThat(Files.readAllBytes(out)).isEqualTo(PREVIOUS);
                  } else {
                    assertThat(out).doesNotExist();
                  }
                } else {
                  assertThat(rows(out)).isEqualTo(plan.rows());
                }
                try (var files = Files.list(dir)) {
                  assertThat(files.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
                }
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
  }

  /** A stream that fails once {@code limit} bytes have been written. */
  private static final class Failing extends java.io.FilterOutputStream {
    private long left;

    Failing(OutputStream out, long limit) {
      super(out);
      this.left = limit;
    }

    @Override
    public void write(int b) throws IOException {
      if (left-- <= 0) {
        throw new IOException("no space left on device");
      }
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      for (int i = 0; i < len; i++) {
        write(b[off + i]);
      }
    }
  }
}

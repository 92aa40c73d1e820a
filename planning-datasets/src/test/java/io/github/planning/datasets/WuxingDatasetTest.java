package io.github.planning.datasets;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.ValueKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WuxingDatasetTest {

  @ParameterizedTest
  @EnumSource(WuxingDataset.class)
  void json_isWhatTheLibraryWritesFromTheCsv(WuxingDataset dataset) throws IOException {
    Plan fromCsv = dataset.planFromCsv();
    assertThat(dataset.plan()).isEqualTo(fromCsv);
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    DatasetGenerator.write(dataset, written);
    try (InputStream committed = WuxingDataset.resource(dataset.fileName() + ".json")) {
      assertThat(written.toString(UTF_8)).isEqualTo(new String(committed.readAllBytes(), UTF_8));
    }
  }

  /** Every cell of the seed's table lines is a cell of the dataset (category without spaces). */
  @ParameterizedTest
  @EnumSource(
      value = WuxingDataset.class,
      names = {"TABLE_1_1", "TABLE_1_2"})
  void tables_agreeCellByCellWithTheSeed(WuxingDataset dataset) throws IOException {
    String seedFile = "/seed/" + dataset.fileName() + ".txt";
    List<String> lines;
    try (InputStream in = getClass().getResourceAsStream(seedFile)) {
      lines = List.of(new String(in.readAllBytes(), UTF_8).split("\n"));
    }
    Multiset<String> seed = HashMultiset.create();
    for (String line : lines) {
      boolean dataLine =
          !line.startsWith("表")
              && !line.startsWith("注")
              && !line.startsWith("分类")
              && !line.startsWith("一级")
              && !line.startsWith("2020年 |");
      if (dataLine) {
        for (String cell : line.split("\\|")) {
          if (!cell.isBlank()) {
            seed.add(
                cell.strip().replace(" ", "").equals(cell.strip())
                    ? cell.strip()
                    : category(cell.strip()));
          }
        }
      }
    }
    Plan plan = dataset.plan();
    Multiset<String> published = HashMultiset.create();
    for (String cell : seed.elementSet()) {
      published.add(cell, 0);
    }
    for (PlanRow row : plan.rows()) {
      for (Optional<PlanValue> value :
          List.of(row.base(), row.target(), row.targetGrowth(), row.actual(), row.actualGrowth())) {
        value.ifPresent(v -> assertThat(seed).as(row.code()).contains(v.text()));
      }
      assertThat(seed).as(row.code()).contains(row.indicator().publishedName());
      row.indicator().category().ifPresent(c -> assertThat(seed).contains(c));
      row.assessment().ifPresent(a -> assertThat(seed).contains(a.label()));
      row.indicator().attribute().ifPresent(a -> assertThat(seed).contains(a.label()));
      if (!row.indicator().unit().symbol().isEmpty()) {
        assertThat(seed).as(row.code()).contains(row.indicator().unit().symbol());
      }
    }
    long valueCells =
        plan.rows().stream()
            .mapToLong(
                r ->
                    List.of(r.base(), r.target(), r.targetGrowth(), r.actual(), r.actualGrowth())
                        .stream()
                        .filter(Optional::isPresent)
                        .count())
            .sum();
    assertThat(valueCells).isGreaterThan(dataset == WuxingDataset.TABLE_1_1 ? 150 : 110);
  }

  private static String category(String spaced) {
    String joined = spaced.replace(" ", "");
    return joined.length() == 4 ? joined : spaced;
  }

  @Test
  void table12_hasItsThirtyNineIndicatorsAndNotes() {
    Plan plan = WuxingDataset.TABLE_1_2.plan();
    assertThat(plan.rows().stream().filter(r -> r.indicator().sequence().isPresent())).hasSize(39);
    assertThat(plan.rows()).hasSize(42);
    assertThat(plan.notes()).contains("标“*”为吴兴特色指标", "[]数据为累计数据");
    assertThat(plan.row("1-2-02").orElseThrow().indicator().note()).contains("2020年为预计值");
    assertThat(plan.row("1-2-01").orElseThrow().indicator().category()).contains("经济发展");
    assertThat(plan.rows().stream().filter(r -> r.indicator().featured()).map(PlanRow::code))
        .containsExactly("1-2-03", "1-2-06", "1-2-07");
  }

  @Test
  void proseTargets_includeTheIndustryScalesAndThe2035Vision() {
    Plan prose = WuxingDataset.PROSE_TARGETS.plan();
    assertThat(prose.rows()).hasSize(30);
    assertThat(prose.rows())
        .filteredOn(r -> r.indicator().name().equals("数字产业规模"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.target()).contains(PlanValue.parse("300"));
              assertThat(r.indicator().category()).contains("二(一)打造“4+2”主导产业体系");
            });
    assertThat(prose.rows()).filteredOn(r -> r.targetYear().orElse(0) == 2035).hasSize(4);
    assertThat(prose.row("P-13").orElseThrow().target().orElseThrow().kind())
        .isEqualTo(ValueKind.RATIO);
    assertThat(prose.row("P-30").orElseThrow().target().orElseThrow().describe())
        .isEqualTo("增加1万元以上 (FIGURE AT_LEAST 1 万元 change INCREASE)");
  }
}

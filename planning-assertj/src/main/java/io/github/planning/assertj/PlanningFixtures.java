package io.github.planning.assertj;

import io.github.planning.core.Indicator;
import io.github.planning.core.Observation;
import io.github.planning.core.ObservationStatus;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.Unit;
import io.github.planning.datasets.WuxingDataset;
import io.github.planning.io.PlanCsvReader;
import io.github.planning.io.PlanReadResult;
import io.github.planning.io.ReadMode;
import io.github.planning.io.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Real plans and small synthetic ones for tests.
 *
 * <pre>{@code
 * Plan real = PlanningFixtures.wuxing14thMainIndicators();
 * Plan small = PlanningFixtures.plan()
 *     .row("gdp", "地区生产总值", "亿元", "752.8", "1000", "——")
 *     .row("rate", "城镇化率", "%", "73", "78", "——")
 *     .build();
 * List<Observation> series = PlanningFixtures.observations("gdp")
 *     .year(2021, "830").year(2022, "880").build();
 * }</pre>
 */
public final class PlanningFixtures {

  private PlanningFixtures() {}

  /** Table 1-2 of the plan of 湖州市吴兴区: the 14th-plan main indicators. */
  public static Plan wuxing14thMainIndicators() {
    return WuxingDataset.TABLE_1_2.plan();
  }

  /** Table 1-1 of the plan of 湖州市吴兴区: the 13th-plan completion table. */
  public static Plan wuxing13thCompletion() {
    return WuxingDataset.TABLE_1_1.plan();
  }

  /** The targets stated in the prose of the plan of 湖州市吴兴区. */
  public static Plan wuxingProseTargets() {
    return WuxingDataset.PROSE_TARGETS.plan();
  }

  /** The real tables of other offices' plans, typed as published, by name. */
  private static final List<String> PUBLISHED_TABLES =
      List.of(
          "wuxing-13th-completion",
          "wuxing-14th-main",
          "national-14th-main",
          "dazhou-14th-forestry",
          "jiangsu-xiaokang-2020",
          "yijiang-13th-completion",
          "yuecheng-13th-completion",
          "national-healthy-china-action",
          "shaoxing-2018-plan-completion");

  /**
   * The periods of the tables whose headings give no base year, as their documents state them:
   * 健康中国行动(2019—2030年) and 绍兴市's plan for 2018.
   */
  private static final java.util.Map<String, PlanPeriod> PERIODS =
      java.util.Map.of(
          "national-healthy-china-action", PlanPeriod.of(2019, 2030),
          "shaoxing-2018-plan-completion", PlanPeriod.of(2018, 2018));

  /**
   * The names of the real tables typed as published (a county's completion table, a city's, a
   * province's, the national one, a national special plan's with targets for two years, a city's
   * annual plan …), for {@link #publishedTable(String)}.
   */
  public static List<String> publishedTables() {
    return PUBLISHED_TABLES;
  }

  /**
   * A real table as its office published it, read leniently: every row, with the cells the notation
   * does not read kept as invalid cells ({@code PlanReadResult.records()}); a table whose headings
   * give no base year is read with the period its document states.
   *
   * <pre>{@code
   * Plan national = PlanningFixtures.publishedTable("national-14th-main").plan().orElseThrow();
   * }</pre>
   *
   * @throws IllegalArgumentException for a name not in {@link #publishedTables()}
   */
  public static PlanReadResult publishedTable(String name) {
    try (InputStream in = tableResource(name, ".csv")) {
      ReadOptions.Builder options =
          ReadOptions.builder().source(name + ".csv").mode(ReadMode.LENIENT);
      if (PERIODS.containsKey(name)) {
        options.period(PERIODS.get(name));
      }
      return PlanCsvReader.open(in, options.build()).readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where a real table comes from, what was typed and what is uncertain. */
  public static String publishedTableSource(String name) {
    try (InputStream in = tableResource(name, ".source.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream tableResource(String name, String suffix) {
    if (!PUBLISHED_TABLES.contains(name)) {
      throw new IllegalArgumentException(
          "No published table '" + name + "'; expected one of " + PUBLISHED_TABLES);
    }
    return PlanningFixtures.class.getResourceAsStream("tables/" + name + suffix);
  }

  /** A builder of a small plan of the 14th five-year plan (2020 → 2025). */
  public static PlanBuilder plan() {
    return new PlanBuilder();
  }

  /** A builder of an observation series of one indicator. */
  public static SeriesBuilder observations(String code) {
    return new SeriesBuilder(code);
  }

  /** Builds small plans row by row from published texts. */
  public static final class PlanBuilder {
    private String title = "测试规划";
    private PlanPeriod period = PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN;
    private final List<PlanRow> rows = new ArrayList<>();

    private PlanBuilder() {}

    /** Sets the title ({@code 测试规划} by default). */
    public PlanBuilder title(String title) {
      this.title = title;
      return this;
    }

    /** Sets the period (the 14th five-year plan by default). */
    public PlanBuilder period(PlanPeriod period) {
      this.period = period;
      return this;
    }

    /**
     * Adds a row from published texts; an empty text leaves the cell absent.
     *
     * @param code the code
     * @param name the name ({@code *} at the end marks it featured)
     * @param unit the unit, such as {@code 亿元}
     * @param base the base value, such as {@code 752.8}
     * @param target the target, such as {@code [9]以上}
     * @param growth the expected growth, such as {@code 8} or {@code ——}
     */
    public PlanBuilder row(
        String code, String name, String unit, String base, String target, String growth) {
      PlanRow.Builder row =
          PlanRow.builder()
              .indicator(
                  Indicator.builder().code(code).publishedName(name).unit(Unit.parse(unit)).build())
              .baseYear(period.baseYear())
              .targetYear(period.targetYear());
      if (!base.isEmpty()) {
        row.base(PlanValue.parse(base));
      }
      if (!target.isEmpty()) {
        row.target(PlanValue.parse(target));
      }
      if (!growth.isEmpty()) {
        row.targetGrowth(PlanValue.parse(growth));
      }
      rows.add(row.build());
      return this;
    }

    /** Adds a row built elsewhere. */
    public PlanBuilder row(PlanRow row) {
      rows.add(row);
      return this;
    }

    /** Builds the plan. */
    public Plan build() {
      return Plan.builder().title(title).period(period).rows(rows).build();
    }
  }

  /** Builds an observation series year by year. */
  public static final class SeriesBuilder {
    private final String code;
    private final List<Observation> observations = new ArrayList<>();

    private SeriesBuilder(String code) {
      this.code = code;
    }

    /** Adds a final observation. */
    public SeriesBuilder year(int year, String value) {
      return year(year, value, ObservationStatus.FINAL);
    }

    /** Adds an observation with a status. */
    public SeriesBuilder year(int year, String value, ObservationStatus status) {
      observations.add(Observation.of(code, year, new BigDecimal(value)).withStatus(status));
      return this;
    }

    /** The observations, in the order added. */
    public List<Observation> build() {
      return List.copyOf(observations);
    }
  }
}

package io.github.planning.io.sdmx;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import io.github.planning.core.Indicator;
import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.RowYears;
import io.github.planning.core.Unit;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes a plan and its observations as SDMX-CSV, exactly: every figure as its decimal text, every
 * cell's published text in {@code PUBLISHED_TEXT}, so that {@link SdmxCsvReader} reads back the
 * same plan and observations.
 *
 * <pre>{@code
 * SdmxCsvWriter.write(plan, observations, SdmxOptions.defaults(), out);
 * }</pre>
 *
 * <p>The first line after the header carries the data set's attributes (title, period, notes);
 * then, for each row, a line with its series attributes (name, category, unit …) followed by a line
 * for each of its cells and each observation of its code, sorted by year. Observations of codes
 * that are no row of the plan follow the rows. The {@linkplain SdmxColumn columns} are described in
 * the structure that {@link SdmxStructureWriter} writes. Text is written as it is, without the
 * formula escaping of the plan CSV, because SDMX-CSV is read by statistical systems, not
 * spreadsheets; UTF-8 without BOM.
 */
public final class SdmxCsvWriter {

  /** The area written when a plan has no region and the options give none. */
  public static final String NO_AREA = "_Z";

  private static final CsvMapper CSV = CsvMapper.builder().build();
  private static final List<String> SEPARATORS = List.of(";", "|", "¦", "§", "\u241F");

  private SdmxCsvWriter() {}

  /**
   * Writes {@code plan} with {@code observations} to {@code out}, which is left open.
   *
   * @throws IllegalArgumentException if every sub-field separator occurs in the plan's notes
   * @throws UncheckedIOException if the stream cannot be written
   */
  public static void write(
      Plan plan, List<Observation> observations, SdmxOptions options, OutputStream out) {
    requireNonNull(plan, "plan");
    requireNonNull(observations, "observations");
    requireNonNull(options, "options");
    requireNonNull(out, "out");
    String separator = separatorFor(plan.notes());
    String area = options.area().or(plan::region).orElse(NO_AREA);
    BufferedWriter text = new BufferedWriter(new OutputStreamWriter(out, UTF_8));
    try {
      SequenceWriter csv =
          CSV.writer().with(CsvSchema.emptySchema().withLineSeparator("\n")).writeValues(text);
      csv.write(header(separator));
      Lines lines = new Lines(csv, options.structureReference(), area);
      Map<SdmxColumn, String> dataset = new EnumMap<>(SdmxColumn.class);
      dataset.put(SdmxColumn.TITLE, plan.title());
      dataset.put(SdmxColumn.PLAN_PERIOD, plan.period().toString());
      dataset.put(SdmxColumn.PLAN_NOTES, String.join(separator, plan.notes()));
      lines.write(dataset);
      Set<String> written = new LinkedHashSet<>();
      for (PlanRow row : plan.rows()) {
        writeRow(lines, row, plan);
        observationsOf(row.code(), observations).forEach(o -> lines.write(observation(o, row)));
        written.add(row.code());
      }
      observations.stream()
          .filter(o -> !written.contains(o.code()))
          .sorted(Comparator.comparing(Observation::code).thenComparingInt(Observation::year))
          .forEach(o -> lines.write(observation(o, null)));
      csv.flush();
      text.flush();
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The header: {@code STRUCTURE[;]}, {@code STRUCTURE_ID}, {@code ACTION}, the columns. */
  static String[] header(String separator) {
    List<String> headings =
        new ArrayList<>(List.of("STRUCTURE[" + separator + "]", "STRUCTURE_ID", "ACTION"));
    Arrays.stream(SdmxColumn.values()).map(SdmxColumn::heading).forEach(headings::add);
    return headings.toArray(new String[0]);
  }

  private static String separatorFor(List<String> notes) {
    for (String separator : SEPARATORS) {
      if (notes.stream().noneMatch(n -> n.contains(separator))) {
        return separator;
      }
    }
    throw new IllegalArgumentException(
        "the plan's notes contain every sub-field separator "
            + SEPARATORS
            + ", so they cannot be written as one multi-valued attribute");
  }

  private static void writeRow(Lines lines, PlanRow row, Plan plan) {
    Indicator indicator = row.indicator();
    Map<SdmxColumn, String> series = lines.series(row.code());
    series.put(SdmxColumn.INDICATOR_NAME, indicator.name());
    indicator.category().ifPresent(c -> series.put(SdmxColumn.CATEGORY, c));
    indicator.sequence().ifPresent(s -> series.put(SdmxColumn.SEQUENCE, s));
    indicator.parent().ifPresent(p -> series.put(SdmxColumn.PARENT, p));
    series.put(SdmxColumn.UNIT, indicator.unit().symbol());
    row.baseYear().ifPresent(y -> series.put(SdmxColumn.BASE_YEAR, String.valueOf(y)));
    row.targetYear().ifPresent(y -> series.put(SdmxColumn.TARGET_YEAR, String.valueOf(y)));
    row.actualYear().ifPresent(y -> series.put(SdmxColumn.ACTUAL_YEAR, String.valueOf(y)));
    indicator.direction().ifPresent(d -> series.put(SdmxColumn.DIRECTION, d.name()));
    indicator.limit().ifPresent(l -> series.put(SdmxColumn.LIMIT, l.toPlainString()));
    indicator.measure().ifPresent(m -> series.put(SdmxColumn.STOCK_FLOW, m.name()));
    indicator.attribute().ifPresent(a -> series.put(SdmxColumn.BINDING_STATUS, a.name()));
    if (indicator.featured()) {
      series.put(SdmxColumn.FEATURED, "true");
    }
    row.assessment().ifPresent(a -> series.put(SdmxColumn.ASSESSMENT, a.name()));
    indicator.note().ifPresent(n -> series.put(SdmxColumn.COMMENT, n));
    lines.write(series);

    RowYears years = row.years(plan.period());
    int base = years.base();
    int target = years.target();
    int actual = years.actual();
    Unit unit = indicator.unit();
    String baseYear = String.valueOf(base);
    row.base().ifPresent(v -> lines.write(cell(lines, row, ValueType.BASE, v, unit, baseYear)));
    row.target()
        .ifPresent(
            v -> lines.write(cell(lines, row, ValueType.TARGET, v, unit, String.valueOf(target))));
    row.targetGrowth()
        .ifPresent(
            v ->
                lines.write(
                    cell(
                        lines,
                        row,
                        ValueType.TARGET_GROWTH,
                        v,
                        growthUnit(v, unit),
                        SdmxTime.range(base, target))));
    new java.util.TreeMap<>(row.yearlyTargets())
        .forEach(
            (year, v) ->
                lines.write(
                    cell(lines, row, ValueType.YEARLY_TARGET, v, unit, String.valueOf(year))));
    row.actual()
        .ifPresent(
            v -> lines.write(cell(lines, row, ValueType.ACTUAL, v, unit, String.valueOf(actual))));
    row.actualGrowth()
        .ifPresent(
            v ->
                lines.write(
                    cell(
                        lines,
                        row,
                        ValueType.ACTUAL_GROWTH,
                        v,
                        growthUnit(v, unit),
                        SdmxTime.range(base, actual))));
  }

  /**
   * The unit of a growth cell: its own unit when it has one ({@code 1万人}, {@code [1.7]个百分点}), the
   * row's unit for a cumulative amount ({@code [5]}), percent for an annual rate ({@code 8}).
   */
  private static Unit growthUnit(PlanValue value, Unit rowUnit) {
    if (value.unit().isPresent()) {
      return value.unit().get();
    }
    return value.isCumulative() ? rowUnit : Unit.PERCENT;
  }

  private static Map<SdmxColumn, String> cell(
      Lines lines, PlanRow row, ValueType type, PlanValue value, Unit rowUnit, String time) {
    Map<SdmxColumn, String> line = lines.series(row.code());
    line.put(SdmxColumn.VALUE_TYPE, type.name());
    line.put(SdmxColumn.TIME_PERIOD, time);
    line.put(SdmxColumn.PUBLISHED_TEXT, value.text());
    Unit unit = value.unit().orElse(rowUnit);
    value.amount().ifPresent(a -> amount(line, a, value.isFigure() ? unit : Unit.NONE));
    if (value.isNotApplicable()) {
      line.put(SdmxColumn.OBS_STATUS, "M");
    }
    value.relation().ifPresent(r -> line.put(SdmxColumn.RELATION, r.name()));
    value.secondAmount().ifPresent(a -> line.put(SdmxColumn.UPPER_VALUE, a.toPlainString()));
    if (value.isCumulative()) {
      line.put(SdmxColumn.CUMULATIVE, "true");
    }
    value.change().ifPresent(c -> line.put(SdmxColumn.CHANGE, c.name()));
    value.level().ifPresent(l -> line.put(SdmxColumn.TARGET_SOURCE, l.name()));
    return line;
  }

  private static Map<SdmxColumn, String> observation(Observation o, @Nullable PlanRow row) {
    Map<SdmxColumn, String> line = new EnumMap<>(SdmxColumn.class);
    line.put(SdmxColumn.INDICATOR, o.code());
    line.put(SdmxColumn.VALUE_TYPE, ValueType.OBSERVATION.name());
    line.put(SdmxColumn.TIME_PERIOD, String.valueOf(o.year()));
    amount(line, o.value(), row == null ? Unit.NONE : row.indicator().unit());
    line.put(SdmxColumn.OBS_STATUS, SdmxStatus.codeOf(o.status()));
    o.note().ifPresent(n -> line.put(SdmxColumn.OBS_COMMENT, n));
    return line;
  }

  private static void amount(Map<SdmxColumn, String> line, BigDecimal amount, Unit unit) {
    line.put(SdmxColumn.OBS_VALUE, amount.toPlainString());
    line.put(SdmxColumn.DECIMALS, String.valueOf(Math.max(amount.scale(), 0)));
    SdmxUnits.measure(unit)
        .ifPresent(
            m -> {
              line.put(SdmxColumn.UNIT_MEASURE, m);
              line.put(SdmxColumn.UNIT_MULT, String.valueOf(SdmxUnits.multiplier(unit)));
            });
  }

  private static List<Observation> observationsOf(String code, List<Observation> observations) {
    return observations.stream()
        .filter(o -> o.code().equals(code))
        .sorted(Comparator.comparingInt(Observation::year))
        .toList();
  }

  /** Writes lines: the three structure cells, then one cell per column. */
  private static final class Lines {
    private final SequenceWriter csv;
    private final String structure;
    private final String area;

    Lines(SequenceWriter csv, String structure, String area) {
      this.csv = csv;
      this.structure = structure;
      this.area = area;
    }

    /** A line of the series of {@code code} in this area, to be filled. */
    Map<SdmxColumn, String> series(String code) {
      Map<SdmxColumn, String> line = new EnumMap<>(SdmxColumn.class);
      line.put(SdmxColumn.INDICATOR, code);
      return line;
    }

    void write(Map<SdmxColumn, String> line) {
      if (line.containsKey(SdmxColumn.INDICATOR)) {
        line.put(SdmxColumn.REF_AREA, area);
      }
      String[] cells = new String[3 + SdmxColumn.values().length];
      cells[0] = "datastructure";
      cells[1] = structure;
      cells[2] = "M";
      for (SdmxColumn column : SdmxColumn.values()) {
        cells[3 + column.ordinal()] = line.getOrDefault(column, "");
      }
      csv.write(cells);
    }
  }
}

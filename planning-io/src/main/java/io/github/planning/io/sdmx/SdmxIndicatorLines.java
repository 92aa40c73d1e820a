package io.github.planning.io.sdmx;

import io.github.planning.core.Assessment;
import io.github.planning.core.Attribute;
import io.github.planning.core.Direction;
import io.github.planning.core.Indicator;
import io.github.planning.core.Measure;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.PlanValueParseException;
import io.github.planning.core.Unit;
import io.github.planning.io.internal.Problems;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The lines of one indicator in SDMX-CSV, gathered as they are read: its series line, one line per
 * value type and one per yearly target; and the row of the plan they make.
 *
 * <pre>{@code
 * …,1-2-01,,,,…,地区生产总值,亿元,…            // the series line: name, unit, years …
 * …,1-2-01,BASE,2020,752.8,…,752.8,…         // the row's base
 * …,1-2-01,YEARLY_TARGET,2022,6.5,…,6.5%,…   // its yearly target for 2022
 * lines.row("1-2-01", header, problems);     // Optional[the row of 地区生产总值]
 * }</pre>
 */
final class SdmxIndicatorLines {

  private @Nullable SdmxLine series;
  private final Map<ValueType, SdmxLine> values = new EnumMap<>(ValueType.class);
  private final Map<Integer, SdmxLine> yearly = new TreeMap<>();

  /** The series line, which holds the indicator's name and the row's attributes, once read. */
  @Nullable SdmxLine series() {
    return series;
  }

  void series(SdmxLine line) {
    series = line;
  }

  /** Keeps the line of a value of the row, unless one of its type is kept: then returns that. */
  @Nullable SdmxLine putValue(ValueType type, SdmxLine line) {
    return values.putIfAbsent(type, line);
  }

  /** Keeps the line of a yearly target, unless one of its year is kept: then returns that. */
  @Nullable SdmxLine putYearlyTarget(int year, SdmxLine line) {
    return yearly.putIfAbsent(year, line);
  }

  /**
   * The row of indicator {@code code}; empty, with the problems reported, when there is no series
   * line or a line does not make a part of the row.
   */
  Optional<PlanRow> row(String code, SdmxHeader header, SdmxProblems problems) {
    SdmxLine series = this.series;
    if (series == null) {
      SdmxLine any =
          values.isEmpty() ? yearly.values().iterator().next() : values.values().iterator().next();
      any.report(
          SdmxColumn.INDICATOR,
          code,
          "'" + code + "' has figures but no series line " + "with its name");
      return Optional.empty();
    }
    int before = problems.size();
    Indicator.Builder indicator =
        Indicator.builder().code(code).name(series.text(SdmxColumn.INDICATOR_NAME));
    series.optional(SdmxColumn.CATEGORY).ifPresent(indicator::category);
    series.optional(SdmxColumn.SEQUENCE).ifPresent(indicator::sequence);
    series.optional(SdmxColumn.PARENT).ifPresent(indicator::parent);
    series.optional(SdmxColumn.COMMENT).ifPresent(indicator::note);
    if (header.has(SdmxColumn.UNIT)) {
      indicator.unit(Unit.parse(series.text(SdmxColumn.UNIT)));
    }
    series.parsed(SdmxColumn.DIRECTION, Direction::valueOf).ifPresent(indicator::direction);
    series.parsed(SdmxColumn.BINDING_STATUS, Attribute::valueOf).ifPresent(indicator::attribute);
    series.parsed(SdmxColumn.LIMIT, BigDecimal::new).ifPresent(indicator::limit);
    series.parsed(SdmxColumn.STOCK_FLOW, Measure::valueOf).ifPresent(indicator::measure);
    indicator.featured(series.text(SdmxColumn.FEATURED).equals("true"));
    PlanRow.Builder row = PlanRow.builder();
    series.parsed(SdmxColumn.ASSESSMENT, Assessment::valueOf).ifPresent(row::assessment);
    series.parsed(SdmxColumn.BASE_YEAR, Integer::valueOf).ifPresent(row::baseYear);
    series.parsed(SdmxColumn.TARGET_YEAR, Integer::valueOf).ifPresent(row::targetYear);
    series.parsed(SdmxColumn.ACTUAL_YEAR, Integer::valueOf).ifPresent(row::actualYear);
    for (Map.Entry<ValueType, SdmxLine> cell : values.entrySet()) {
      Optional<PlanValue> value = value(cell.getValue(), header);
      if (value.isEmpty()) {
        continue;
      }
      switch (cell.getKey()) {
        case BASE -> row.base(value.get());
        case TARGET -> row.target(value.get());
        case ACTUAL -> row.actual(value.get());
        case TARGET_GROWTH -> row.targetGrowth(value.get());
        case ACTUAL_GROWTH -> row.actualGrowth(value.get());
        case YEARLY_TARGET, OBSERVATION -> throw new AssertionError("not a cell of its own");
      }
    }
    yearly.forEach((year, at) -> value(at, header).ifPresent(v -> row.putYearlyTarget(year, v)));
    if (problems.size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(row.indicator(indicator.build()).build());
    } catch (IllegalStateException e) {
      series.report(SdmxColumn.INDICATOR, code, Problems.reason(e));
      return Optional.empty();
    }
  }

  /**
   * The value of a line: its published text read, whose amount must be its {@code OBS_VALUE} (the
   * {@code OBS_VALUE} read, when the header has no published text).
   */
  private static Optional<PlanValue> value(SdmxLine at, SdmxHeader header) {
    String published = at.text(SdmxColumn.PUBLISHED_TEXT);
    String amount = at.text(SdmxColumn.OBS_VALUE);
    String text = header.has(SdmxColumn.PUBLISHED_TEXT) ? published : amount;
    PlanValue value;
    try {
      value = PlanValue.parse(text);
    } catch (PlanValueParseException e) {
      at.report(SdmxColumn.PUBLISHED_TEXT, text, Problems.reason(e));
      return Optional.empty();
    }
    String parsed = value.amount().map(BigDecimal::toPlainString).orElse("");
    if (!parsed.equals(amount)) {
      at.report(
          SdmxColumn.OBS_VALUE,
          amount,
          "OBS_VALUE differs from the amount '"
              + parsed
              + "' of the published text '"
              + text
              + "'");
      return Optional.empty();
    }
    return Optional.of(value);
  }
}

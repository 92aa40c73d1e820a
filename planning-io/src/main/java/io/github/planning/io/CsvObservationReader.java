package io.github.planning.io;

import io.github.planning.core.Observation;
import io.github.planning.core.ObservationStatus;
import io.github.planning.io.internal.Encodings;
import io.github.planning.io.internal.Problems;
import io.github.planning.io.internal.RowAssembler;
import io.github.planning.io.jackson.PlanningJson;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads observations from CSV: {@code code,year,value,status,note} (also 指标代码/代码, 年份, 数值/值, 状态,
 * 备注), in any order; code, year and value are required.
 *
 * <pre>{@code
 * code,year,value,status
 * gdp,2021,801.2,
 * gdp,2022,843.6,预计
 * }</pre>
 */
final class CsvObservationReader extends ObservationReader {

  private static final CsvMapper CSV =
      CsvMapper.builder(CsvFactory.builder().streamReadConstraints(PlanningJson.LIMITS).build())
          .enable(CsvReadFeature.WRAP_AS_ARRAY)
          .build();
  private static final String[] COLUMNS = {"code", "year", "value", "status", "note"};
  private static final int CODE = 0;
  private static final int YEAR = 1;
  private static final int VALUE = 2;
  private static final int STATUS = 3;
  private static final int NOTE = 4;

  /** The cell index of each of {@link #COLUMNS} in a row, or −1 when the header lacks it. */
  private final int[] index = {-1, -1, -1, -1, -1};

  CsvObservationReader(Reader input, ReadOptions options) {
    super(input, CSV.reader().with(CsvSchema.emptySchema()).createParser(input), options);
  }

  @Override
  void readHeader() {
    parser.nextToken();
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      problems.add(1, 1, "", "the input has no header; expected code,year,value,status,note");
      return;
    }
    int i = 0;
    while (parser.nextToken() == JsonToken.VALUE_STRING) {
      if (i == PlanCsvReader.MAX_COLUMNS) {
        problems.add(
            1,
            i + 1,
            parser.getString(),
            "the header has more than " + PlanCsvReader.MAX_COLUMNS + " columns");
        return;
      }
      String heading = parser.getString().strip().replace("\uFEFF", "");
      int column = column(heading);
      if (column < 0) {
        problems.add(1, i + 1, heading, "unknown column; expected code, year, value, status, note");
      } else if (index[column] >= 0) {
        problems.add(1, i + 1, heading, "the column " + COLUMNS[column] + " is already given");
      } else {
        index[column] = i;
      }
      i++;
    }
    for (int c : new int[] {CODE, YEAR, VALUE}) {
      if (index[c] < 0) {
        problems.add(1, 1, "", "the header has no " + COLUMNS[c] + " column");
      }
    }
  }

  /** The column a heading names, or −1. */
  private static int column(String heading) {
    return switch (heading.toLowerCase(Locale.ROOT)) {
      case "code", "代码", "指标代码" -> CODE;
      case "year", "年份" -> YEAR;
      case "value", "数值", "值" -> VALUE;
      case "status", "状态" -> STATUS;
      case "note", "备注" -> NOTE;
      default -> -1;
    };
  }

  @Override
  @Nullable ObservationRecord readRecord() {
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      finish();
      return null;
    }
    List<String> cells = new ArrayList<>();
    long line = -1;
    int count = 0;
    while (parser.nextToken() == JsonToken.VALUE_STRING) {
      if (line < 0) {
        line = parser.currentTokenLocation().getLineNr();
      }
      if (count++ <= COLUMNS.length) {
        cells.add(parser.getString());
      }
    }
    if (cells.size() == 1 && cells.get(0).isEmpty()) {
      return null;
    }
    int mark = problems.startRecord();
    reportUndecoded(line, cells);
    Observation.Builder o = Observation.builder();
    String code = cell(cells, CODE);
    if (code.isBlank()) {
      problems.add(line, index[CODE] + 1, code, "an observation needs a code");
    }
    o.code(FormulaEscaping.unescape(code));
    try {
      o.year(RowAssembler.year(cell(cells, YEAR)));
    } catch (IllegalArgumentException e) {
      problems.add(line, index[YEAR] + 1, cell(cells, YEAR), Problems.reason(e));
    }
    try {
      o.value(RowAssembler.figure(cell(cells, VALUE)));
    } catch (IllegalArgumentException e) {
      problems.add(line, index[VALUE] + 1, cell(cells, VALUE), Problems.reason(e));
    }
    if (!cell(cells, STATUS).isBlank()) {
      try {
        o.status(ObservationStatus.parse(cell(cells, STATUS)));
      } catch (IllegalArgumentException e) {
        problems.add(line, index[STATUS] + 1, cell(cells, STATUS), Problems.reason(e));
      }
    }
    if (!cell(cells, NOTE).isEmpty()) {
      o.note(FormulaEscaping.unescape(cell(cells, NOTE)));
    }
    int width = (int) Arrays.stream(index).filter(i -> i >= 0).count();
    if (count > width) {
      problems.add(
          line,
          width + 1,
          cells.get(width),
          "the row has " + count + " cells, the header " + width);
    }
    if (problems.size() > mark) {
      return null;
    }
    return new ObservationRecord(o.build(), line, index[CODE] + 1);
  }

  /** Reports each place of bytes that did not decode (a lenient reading) up to this row. */
  private void reportUndecoded(long line, List<String> cells) {
    for (Encodings.Undecoded bad : Encodings.takeUndecoded(input, u -> u.record() <= line)) {
      int i = (int) bad.column() - 1;
      boolean here = bad.record() == line && i >= 0 && i < cells.size();
      problems.add(
          bad.line(),
          bad.column(),
          here ? cells.get(i) : "",
          here ? bad.inCell() : bad.elsewhere());
    }
  }

  private String cell(List<String> cells, int column) {
    int i = index[column];
    return i >= 0 && i < cells.size() ? cells.get(i) : "";
  }
}

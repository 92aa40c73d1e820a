package io.github.planning.io.internal;

import io.github.planning.core.Assessment;
import io.github.planning.core.Attribute;
import io.github.planning.core.Direction;
import io.github.planning.core.Indicator;
import io.github.planning.core.Measure;
import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanRow;
import io.github.planning.core.PlanValue;
import io.github.planning.core.PlanValueParseException;
import io.github.planning.core.Unit;
import io.github.planning.io.RowField;
import io.github.planning.io.RowRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Builds plan rows from cell texts (CSV cells, or JSON values as text), reporting each bad cell
 * with its place; tracks codes across rows for duplicates and parents.
 */
public final class RowAssembler {

  /** A cell's text and place, kept for a problem found later. */
  private record Cell(String text, long line, long column) {}

  private static final RowField[] COLUMNS = RowField.values();

  public static final String NOT_A_YEAR =
      "expected a year of four digits from 1000 to 9999, such as 2025";

  private final Problems problems;
  private boolean repeatCategory;
  private final CodeIndex codes = new CodeIndex();
  private final GeneratedCodes generated = new GeneratedCodes(codes::contains);
  private final List<Cell> pendingParents = new ArrayList<>();

  /** How many rows were assembled. */
  private long rowCount;

  private String lastCategory = "";

  /** The invalid cells of the row being assembled, by field; emptied for each row. */
  private final Map<RowField, String> invalid = new EnumMap<>(RowField.class);

  private final boolean crossRowChecks;

  public RowAssembler(Problems problems, boolean repeatCategory) {
    this(problems, repeatCategory, true);
  }

  public RowAssembler(Problems problems, boolean repeatCategory, boolean crossRowChecks) {
    this.problems = problems;
    this.repeatCategory = repeatCategory;
    this.crossRowChecks = crossRowChecks;
  }

  /** Whether a blank category repeats the one above (a published table), from now on. */
  public void repeatCategory(boolean repeat) {
    this.repeatCategory = repeat;
  }

  /**
   * Builds the record of one row.
   *
   * @param line the line the row starts on
   * @param cells the cells by column
   * @param extra unknown columns kept with the row
   */
  public RowRecord assemble(long line, RowCells cells, Map<String, String> extra) {
    return assemble(line, cells, extra, true);
  }

  /**
   * Builds the record of one row, looking for stray characters in its cells only when {@code
   * mayHaveStray} (the input so far has one somewhere).
   */
  public RowRecord assemble(
      long line, RowCells cells, Map<String, String> extra, boolean mayHaveStray) {
    int mark = problems.size();
    rowCount++;
    Map<RowField, String> invalid = this.invalid;
    invalid.clear();
    if (mayHaveStray || cells.hasRejections()) {
      takeOutStrayCells(cells, invalid);
    }
    Indicator.Builder indicator = Indicator.builder();
    PlanRow.Builder row = PlanRow.builder();

    String name = text(cells, RowField.NAME);
    String invalidName = invalid.get(RowField.NAME);
    if (name.isBlank() && invalidName != null && isKeptAsName(invalidName)) {
      // bytes that did not decode: the row keeps its name as decoded, with the cell's problem
      name = invalidName;
    }
    String category = text(cells, RowField.CATEGORY);
    if (repeatCategory) {
      category = category.isBlank() ? lastCategory : category;
      lastCategory = category;
    }
    if (!category.isBlank()) {
      indicator.category(category);
    }
    boolean nameOk = !name.isBlank();
    if (nameOk) {
      indicator.publishedName(name);
    } else {
      Cell at = cellOr(cells, RowField.NAME, new Cell("", line, 1));
      problems.add(at.line, at.column, at.text, "a row needs a name");
      invalid.putIfAbsent(RowField.NAME, name);
    }
    String code = text(cells, RowField.CODE).strip();
    if (code.isEmpty() && nameOk) {
      String parentCell = cells.presentText(RowField.PARENT);
      code =
          generated.next(
              cells.presentText(RowField.SEQ),
              parentCell == null || parentCell.isBlank() ? null : parentCell.strip(),
              category,
              rowCount);
    }
    if (!code.isEmpty()) {
      indicator.code(code);
      long first = crossRowChecks ? codes.addIfAbsent(code, line) : -1;
      if (first >= 0) {
        Cell at = cellOr(cells, RowField.CODE, new Cell(code, line, 1));
        problems.add(
            at.line, at.column, code, "the code '" + code + "' is already used on line " + first);
        invalid.put(RowField.CODE, code);
      }
    }
    String parent = cells.presentText(RowField.PARENT);
    String parentCode = parent == null ? "" : parent.strip();
    if (!parentCode.isEmpty()) {
      // a blank parent is none, as a blank code is none
      indicator.parent(parentCode);
      if (crossRowChecks && !codes.contains(parentCode)) {
        pendingParents.add(
            new Cell(
                cells.textOf(RowField.PARENT),
                cells.line(RowField.PARENT),
                cells.place(RowField.PARENT)));
      }
    }
    String seq = cells.presentText(RowField.SEQ);
    if (seq != null) {
      indicator.sequence(seq);
    }
    Unit unit = read(cells, RowField.UNIT, Unit::parse, invalid);
    indicator.unit(unit != null ? unit : Unit.parse(""));
    Direction direction = read(cells, RowField.DIRECTION, Direction::parse, invalid);
    if (direction != null) {
      indicator.direction(direction);
    }
    BigDecimal limit = read(cells, RowField.LIMIT, RowAssembler::figure, invalid);
    if (limit != null) {
      indicator.limit(limit);
    }
    Measure measure = read(cells, RowField.MEASURE, Measure::parse, invalid);
    if (measure != null) {
      indicator.measure(measure);
    }
    Attribute attribute = read(cells, RowField.ATTRIBUTE, Attribute::parse, invalid);
    if (attribute != null) {
      indicator.attribute(attribute);
    }
    Boolean featured = read(cells, RowField.FEATURED, RowAssembler::bool, invalid);
    if (featured != null) {
      indicator.featured(featured);
    }
    String note = cells.presentText(RowField.NOTE);
    if (note != null) {
      indicator.note(note);
    }

    int baseYear = year(cells, RowField.BASE_YEAR, invalid);
    if (baseYear >= 0) {
      row.baseYear(baseYear);
    }
    int targetYear = year(cells, RowField.TARGET_YEAR, invalid);
    if (targetYear >= 0) {
      row.targetYear(targetYear);
    }
    int actualYear = year(cells, RowField.ACTUAL_YEAR, invalid);
    if (actualYear >= 0) {
      row.actualYear(actualYear);
    }
    PlanValue base = value(cells, RowField.BASE, invalid);
    if (base != null) {
      row.base(base);
    }
    PlanValue target = value(cells, RowField.TARGET, invalid);
    if (target != null) {
      row.target(target);
    }
    PlanValue targetGrowth = value(cells, RowField.TARGET_GROWTH, invalid);
    if (targetGrowth != null) {
      row.targetGrowth(targetGrowth);
    }
    PlanValue actual = value(cells, RowField.ACTUAL, invalid);
    if (actual != null) {
      row.actual(actual);
    }
    PlanValue actualGrowth = value(cells, RowField.ACTUAL_GROWTH, invalid);
    if (actualGrowth != null) {
      row.actualGrowth(actualGrowth);
    }
    Assessment assessment = read(cells, RowField.ASSESSMENT, Assessment::parse, invalid);
    if (assessment != null) {
      row.assessment(assessment);
    }

    PlanRow built = null;
    if (nameOk && !code.isEmpty()) {
      try {
        built = row.indicator(indicator.build()).build();
      } catch (IllegalStateException e) {
        Cell at =
            cellOr(
                cells,
                cellOfInvariant(Problems.reason(e)),
                cellOr(cells, RowField.NAME, new Cell("", line, 1)));
        problems.add(at.line, at.column, at.text, Problems.reason(e));
      }
    }
    if (built != null && invalid.isEmpty() && extra.isEmpty() && problems.size() == mark) {
      // most rows: two objects, where a builder would make its collections' builders too
      return RowRecord.builder().row(built).line(line).build();
    }
    RowRecord.Builder record = RowRecord.builder().line(line);
    if (built != null) {
      record.row(built);
    }
    if (!invalid.isEmpty()) {
      record.invalidCells(invalid);
    }
    if (!extra.isEmpty()) {
      record.extra(extra);
    }
    if (problems.size() > mark) {
      problems.sortSince(mark);
      record.problems(problems.since(mark));
    }
    return record.build();
  }

  /**
   * Reports and takes out each cell the reader {@linkplain RowCells#reject rejected} and each with
   * a character no cell may hold.
   */
  private void takeOutStrayCells(RowCells cells, Map<RowField, String> invalid) {
    for (RowField column : COLUMNS) {
      String text = cells.text(column);
      if (text == null) {
        continue;
      }
      String rejection = cells.rejection(column);
      String reason = rejection != null ? rejection : strayCharacter(text);
      if (reason != null) {
        problems.add(cells.problemLine(column), cells.problemPlace(column), text, reason);
        invalid.put(column, text);
        cells.remove(column);
      }
    }
  }

  /**
   * Whether the text of an invalid name cell still names its row: a character of it decoded, and
   * none that no cell may hold ({@code 地\uFFFD区} is kept, {@code \uFFFD} alone is no name).
   */
  private static boolean isKeptAsName(String text) {
    return !text.replace("\uFFFD", "").isBlank() && strayCharacter(text) == null;
  }

  /** Reports each parent that names no row; call after the last row. */
  public void checkParents() {
    for (Cell parent : pendingParents) {
      String code = parent.text().strip();
      if (!codes.contains(code)) {
        problems.add(
            parent.line(),
            parent.column(),
            parent.text(),
            "the parent '" + code + "' is not the code of any row");
      }
    }
  }

  /** The value of the cell, or null when it is absent or empty, or not valid (then reported). */
  private @Nullable PlanValue value(
      RowCells cells, RowField column, Map<RowField, String> invalid) {
    String text = cells.presentText(column);
    if (text == null) {
      return null;
    }
    PlanValue reading = cells.reading(column);
    if (reading != null) {
      return reading;
    }
    try {
      return PlanValue.parse(text);
    } catch (PlanValueParseException e) {
      problems.add(cells.line(column), cells.place(column), text, notAValue(e));
      invalid.put(column, text);
      return null;
    }
  }

  /** The year of the cell, or −1 when it is absent or empty, or not a year (then reported). */
  private int year(RowCells cells, RowField column, Map<RowField, String> invalid) {
    String text = cells.presentText(column);
    if (text == null) {
      return -1;
    }
    OptionalInt year = PlanPeriod.yearOf(text);
    if (year.isEmpty()) {
      problems.add(cells.line(column), cells.place(column), text, NOT_A_YEAR);
      invalid.put(column, text);
    }
    return year.orElse(-1);
  }

  /**
   * The cell read by {@code reader}, or null when it is absent or empty, or when the reader rejects
   * it with an {@link IllegalArgumentException} (then reported).
   */
  private <T> @Nullable T read(
      RowCells cells, RowField column, Function<String, T> reader, Map<RowField, String> invalid) {
    String text = cells.presentText(column);
    if (text == null) {
      return null;
    }
    try {
      return reader.apply(text);
    } catch (IllegalArgumentException e) {
      problems.add(cells.line(column), cells.place(column), text, Problems.reason(e));
      invalid.put(column, text);
      return null;
    }
  }

  /** The column a row-invariant's message is about: the parent, the name, or the years. */
  private static RowField cellOfInvariant(String message) {
    if (message.contains("own parent")) {
      return RowField.PARENT;
    }
    if (message.contains("name")) {
      return RowField.NAME;
    }
    return RowField.TARGET_YEAR;
  }

  /** The column's cell, or {@code fallback} when the row has none. */
  private static Cell cellOr(RowCells cells, RowField column, Cell fallback) {
    return cells.has(column)
        ? new Cell(cells.textOf(column), cells.line(column), cells.place(column))
        : fallback;
  }

  private static String text(RowCells cells, RowField column) {
    String text = cells.text(column);
    return text == null ? "" : text;
  }

  /**
   * Why a cell's text cannot be right whatever its column, or null: a byte order mark inside the
   * file (pieces of files joined), or a control character other than tab, CR and LF.
   */
  public static @Nullable String strayCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uFEFF') {
        return "a byte order mark (U+FEFF) inside the file, at index "
            + i
            + "; files joined together? remove it";
      }
      if (isStray(c)) {
        return String.format("a control character U+%04X at index %d", (int) c, i);
      }
    }
    return null;
  }

  /**
   * Refuses a text that no cell may hold, so that a writer never writes what its reader refuses.
   *
   * <pre>{@code
   * RowAssembler.checkWritable("A\u0007B", "name", "r1");
   * // throws: Cannot write the name of row 'r1': a control character U+0007 at index 1, which no
   * //         cell may hold (it would not read back)
   * }</pre>
   *
   * @param field the field's name in the message, such as its heading
   * @throws IllegalArgumentException naming the field, the row and the character
   */
  public static void checkWritable(String text, String field, String code) {
    String stray = strayCharacter(text);
    if (stray != null) {
      throw new IllegalArgumentException(
          "Cannot write the "
              + field
              + " of row '"
              + code
              + "': "
              + stray
              + ", which no cell may hold (it would not read back)");
    }
  }

  /**
   * Whether no cell may hold {@code c}: a byte order mark, or a control character other than tab,
   * CR and LF.
   */
  public static boolean isStray(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F || c == '\uFEFF';
  }

  /**
   * A yearly target's cell (分年度目标) as a reader found it: its year, its text and place, the name its
   * text is kept under with the row when it is not a value, and the reading the reader made already
   * (a JSON object's), or null.
   */
  public record YearlyCell(
      int year, String text, long line, long place, String keptAs, @Nullable PlanValue reading) {}

  /**
   * The record with the row's yearly targets: each non-blank cell read as a value. A cell that is
   * not one, or whose year the row cannot have (not after its base year), is a problem at its
   * place, and its text is kept with the row as an extra field under {@link YearlyCell#keptAs}; so
   * is every cell of a record without a row.
   */
  public RowRecord withYearlyTargets(RowRecord record, List<YearlyCell> yearly) {
    if (yearly.isEmpty()) {
      return record;
    }
    Map<String, String> kept = new java.util.LinkedHashMap<>(record.extra());
    if (record.row().isEmpty()) {
      yearly.forEach(c -> kept.putIfAbsent(c.keptAs(), c.text()));
      return RowRecord.builder().from(record).extra(kept).build();
    }
    PlanRow row = record.row().get();
    for (YearlyCell cell : yearly) {
      if (cell.text().isBlank() && cell.reading() == null) {
        continue;
      }
      try {
        PlanValue value = cell.reading() != null ? cell.reading() : PlanValue.parse(cell.text());
        row = PlanRow.builder().from(row).putYearlyTarget(cell.year(), value).build();
      } catch (PlanValueParseException e) {
        problems.add(cell.line(), cell.place(), cell.text(), notAValue(e));
        kept.putIfAbsent(cell.keptAs(), cell.text());
      } catch (IllegalStateException | IllegalArgumentException e) {
        // the row's own rule (a year after its base year, a year once), stated by PlanRow
        problems.add(cell.line(), cell.place(), cell.text(), Problems.reason(e));
        kept.putIfAbsent(cell.keptAs(), cell.text());
      }
    }
    return RowRecord.builder().from(record).row(row).extra(kept).build();
  }

  /** {@code not a valid value: at index 4, unexpected '%'}. */
  public static String notAValue(PlanValueParseException e) {
    return "not a valid value: at index " + e.getErrorIndex() + ", " + e.getReason();
  }

  /**
   * The year {@code text} holds by {@link PlanPeriod#yearOf the year rule}.
   *
   * @throws IllegalArgumentException if it holds anything else
   */
  public static int year(String text) {
    return PlanPeriod.yearOf(text).orElseThrow(() -> new IllegalArgumentException(NOT_A_YEAR));
  }

  public static BigDecimal figure(String text) {
    try {
      return PlanValue.parse(text)
          .plainAmount()
          .orElseThrow(() -> new IllegalArgumentException("expected a plain figure, such as 100"));
    } catch (PlanValueParseException e) {
      throw new IllegalArgumentException(notAValue(e), e);
    }
  }

  public static boolean bool(String text) {
    return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "1", "是", "*" -> true;
      case "false", "no", "0", "否" -> false;
      default -> throw new IllegalArgumentException("expected true or false (是/否)");
    };
  }
}

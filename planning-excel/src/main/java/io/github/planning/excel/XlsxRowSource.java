package io.github.planning.excel;

import io.github.planning.io.PlanningReadException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.jspecify.annotations.Nullable;

/**
 * One pass over the sheet part of an {@code .xlsx} workbook, pulled row by row from its XML (StAX):
 * each cell's text as Excel displays it (its number format applied by {@link DisplayFormatter}, a
 * formula by its cached value, a shared or inline string as written, {@code TRUE}/{@code FALSE}, an
 * error as {@code #DIV/0!}); the hidden columns (before the rows in the XML), each row's hidden
 * flag, and, when the pass reads to the end, the merged ranges (after the rows).
 *
 * <p>It holds the cells of one row at a time, at most {@link Limits#MAX_ROW_CHARACTERS} characters
 * of them, and at most {@link Limits#MAX_MERGES} merged ranges.
 */
final class XlsxRowSource implements RowSource {

  /** The main namespace of a sheet part, transitional and strict. */
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private static final String STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";

  /** The last row of a sheet, 0-based. */
  private static final int LAST_ROW = 1_048_575;

  /** A style's number format: its index and format string (null for none). */
  private record Format(int index, @Nullable String format) {}

  private final String source;
  private final InputStream in;
  private final XMLStreamReader xml;
  private final SharedStrings strings;
  private final @Nullable StylesTable styles;
  private final DisplayFormatter formatter;
  private final Map<Integer, Format> formats = new HashMap<>();

  /** Whether the pass reads past the rows, for the merged ranges. */
  private final boolean toTheEnd;

  private final List<SheetRows.Merge> merges = new ArrayList<>();
  private final BitSet hiddenColumns = new BitSet();
  private boolean done;

  /** The row being read: its index, cells, characters, hidden flag. */
  private int row = -1;

  private List<String> cells = new ArrayList<>();
  private int characters;
  private boolean hidden;

  /** The row after the last one read, for a row without a reference. */
  private int nextRow;

  /** The last row with text given, −1 before the first. */
  private int lastRow = -1;

  /** The cell being read: its column, type, style, text, and whether it has a value. */
  private int column = -1;

  private @Nullable String type;
  private @Nullable String style;
  private final StringBuilder value = new StringBuilder();
  private boolean hasValue;

  /**
   * Opens a pass over a sheet part.
   *
   * @param source the workbook and sheet, {@code 规划.xlsx!主要指标}, where errors are placed
   * @param in the sheet part's XML
   * @param toTheEnd whether to read past the rows, for the merged ranges
   */
  XlsxRowSource(
      String source,
      InputStream in,
      XMLInputFactory factory,
      SharedStrings strings,
      @Nullable StylesTable styles,
      boolean toTheEnd)
      throws XMLStreamException {
    this.source = source;
    this.in = in;
    this.xml = factory.createXMLStreamReader(in);
    this.strings = strings;
    this.styles = styles;
    this.formatter = new DisplayFormatter();
    this.toTheEnd = toTheEnd;
  }

  @Override
  public @Nullable SheetRow next() {
    try {
      while (!done && xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT && isMain()) {
          start(xml.getLocalName());
        } else if (event == XMLStreamConstants.END_ELEMENT && isMain()) {
          switch (xml.getLocalName()) {
            case "c" -> endCell();
            case "row" -> {
              SheetRow ended = endRow();
              if (ended != null) {
                return ended;
              }
            }
            case "sheetData" -> done = !toTheEnd;
            default -> {}
          }
        }
      }
      done = true;
      return null;
    } catch (XMLStreamException | RuntimeException e) {
      if (e instanceof PlanningReadException known) {
        throw known;
      }
      if (e.getCause() instanceof PlanningReadException known) {
        throw known;
      }
      throw Limits.refuse(workbook(), "", "not a readable .xlsx workbook: " + Limits.message(e));
    }
  }

  private String workbook() {
    int bang = source.indexOf('!');
    return bang < 0 ? source : source.substring(0, bang);
  }

  private boolean isMain() {
    String namespace = xml.getNamespaceURI();
    return namespace == null
        || namespace.isEmpty()
        || namespace.equals(MAIN)
        || namespace.equals(STRICT);
  }

  private void start(String element) throws XMLStreamException {
    switch (element) {
      case "row" -> startRow();
      case "c" -> startCell();
      case "v" -> {
        value.setLength(0);
        text();
        hasValue = true;
      }
      case "is" -> {
        value.setLength(0);
        inline();
        hasValue = true;
        type = "inlineStr";
      }
      case "col" -> hideColumns();
      case "mergeCell" -> merge();
      default -> {}
    }
  }

  private void startRow() {
    String r = xml.getAttributeValue(null, "r");
    int index = r == null ? nextRow : Integer.parseInt(r.strip()) - 1;
    if (index < 0 || index > LAST_ROW) {
      throw Limits.refuse(workbook(), r == null ? "" : r, "a row beyond the rows of a sheet");
    }
    row = index;
    cells = new ArrayList<>();
    characters = 0;
    column = -1;
    hidden = isTrue(xml.getAttributeValue(null, "hidden"));
  }

  private @Nullable SheetRow endRow() {
    nextRow = row + 1;
    if (cells.isEmpty()) {
      return null;
    }
    if (row <= lastRow) {
      throw Limits.at(
          source,
          row,
          0,
          "",
          "row "
              + (row + 1)
              + " follows row "
              + (lastRow + 1)
              + ": the sheet's rows are out of order");
    }
    lastRow = row;
    return new SheetRow(row, cells, hidden);
  }

  private void startCell() {
    String reference = xml.getAttributeValue(null, "r");
    column = reference == null ? column + 1 : column(reference);
    if (column > Limits.LAST_COLUMN) {
      throw Limits.at(source, row, column, "", "a cell beyond column XFD, the last of a sheet");
    }
    type = xml.getAttributeValue(null, "t");
    style = xml.getAttributeValue(null, "s");
    value.setLength(0);
    hasValue = false;
  }

  /** The 0-based column of a reference such as {@code AB12}. */
  private static int column(String reference) {
    int column = 0;
    for (int i = 0; i < reference.length(); i++) {
      char ch = reference.charAt(i);
      if (ch >= 'A' && ch <= 'Z') {
        column = column * 26 + (ch - 'A' + 1);
      } else if (ch >= 'a' && ch <= 'z') {
        column = column * 26 + (ch - 'a' + 1);
      } else if (ch != '$') {
        break;
      }
      if (column > Limits.LAST_COLUMN + 1) {
        return Limits.LAST_COLUMN + 1;
      }
    }
    return column - 1;
  }

  private void endCell() {
    if (!hasValue || row < 0) {
      return;
    }
    String text = display();
    characters += text.length();
    SheetRows.put(cells, Math.max(column, 0), text);
  }

  /** The text of the cell just read, as Excel displays it. */
  private String display() {
    String t = type == null ? "n" : type;
    return switch (t) {
      case "b" -> value.length() == 0 ? "" : value.charAt(0) == '0' ? "FALSE" : "TRUE";
      case "e", "str" -> value.toString();
      case "inlineStr" -> decoded(value.toString());
      case "s" -> shared(value.toString().strip());
      default -> number(value.toString());
    };
  }

  /** An inline string's text, its escaped characters ({@code _x000D_}) decoded as POI does. */
  private static String decoded(String text) {
    return text.contains("_x") ? new XSSFRichTextString(text).getString() : text;
  }

  private String shared(String index) {
    if (index.isEmpty()) {
      return "";
    }
    int at;
    try {
      at = Integer.parseInt(index);
    } catch (NumberFormatException e) {
      return "";
    }
    try {
      return strings.getItemAt(at).getString();
    } catch (IndexOutOfBoundsException e) {
      throw Limits.at(
          source, row, column, index, "no shared string " + index + " in the workbook's table");
    }
  }

  /** A number in the cell's format, or its text as written when it is not a number. */
  private String number(String text) {
    Format format = format();
    if (format.format() == null || text.isEmpty()) {
      return text;
    }
    try {
      return formatter.formatRawCellContents(
          Double.parseDouble(text.strip()), format.index(), format.format());
    } catch (RuntimeException e) {
      return text;
    }
  }

  /** The number format of the cell's style (the first style for a cell without one). */
  private Format format() {
    StylesTable table = styles;
    if (table == null || style == null && table.getNumCellStyles() == 0) {
      return new Format(-1, null);
    }
    int index;
    try {
      index = style == null ? 0 : Integer.parseInt(style.strip());
    } catch (NumberFormatException e) {
      index = 0;
    }
    return formats.computeIfAbsent(index, i -> format(table, i));
  }

  private static Format format(StylesTable table, int index) {
    XSSFCellStyle cellStyle;
    try {
      cellStyle = table.getStyleAt(index);
    } catch (RuntimeException e) {
      cellStyle = null;
    }
    if (cellStyle == null) {
      return new Format(-1, null);
    }
    int formatIndex = cellStyle.getDataFormat();
    String format = cellStyle.getDataFormatString();
    return new Format(
        formatIndex, format != null ? format : BuiltinFormats.getBuiltinFormat(formatIndex));
  }

  /** Appends the text of the element just started to {@link #value}, within the row's limit. */
  private void text() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (depth == 1) {
            if (characters + value.length() + xml.getTextLength() > Limits.MAX_ROW_CHARACTERS) {
              throw Limits.at(
                  source,
                  row,
                  Math.max(column, 0),
                  "",
                  "row "
                      + (row + 1)
                      + " holds more than "
                      + Limits.MAX_ROW_CHARACTERS
                      + " characters, the most a row is read with");
            }
            value.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
          }
        }
        default -> {}
      }
    }
  }

  /** Reads an inline string, {@code <is>}: the texts of its runs, without phonetic guides. */
  private void inline() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        if (name.equals("t")) {
          text();
        } else if (name.equals("rPh")) {
          skip();
        } else {
          depth++;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  /** Skips the element just started. */
  private void skip() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private void hideColumns() {
    if (!isTrue(xml.getAttributeValue(null, "hidden"))) {
      return;
    }
    try {
      int min = Integer.parseInt(xml.getAttributeValue(null, "min").strip());
      int max = Integer.parseInt(xml.getAttributeValue(null, "max").strip());
      if (min >= 1 && min <= max && min <= Limits.LAST_COLUMN + 1) {
        hiddenColumns.set(min - 1, Math.min(max, Limits.LAST_COLUMN + 1));
      }
    } catch (RuntimeException e) {
      // a column range without numbers hides nothing
    }
  }

  private void merge() {
    String ref = xml.getAttributeValue(null, "ref");
    if (ref == null) {
      return;
    }
    SheetRows.Merge merge;
    try {
      merge = SheetRows.Merge.parse(ref.strip());
    } catch (RuntimeException e) {
      return; // not a range: nothing merged
    }
    if (merges.size() >= Limits.MAX_MERGES) {
      throw Limits.at(
          source,
          merge.firstRow(),
          merge.firstColumn(),
          ref,
          "the sheet has more than " + Limits.MAX_MERGES + " merged ranges, the most read");
    }
    merges.add(merge);
  }

  private static boolean isTrue(@Nullable String value) {
    return "1".equals(value) || "true".equals(value);
  }

  @Override
  public List<SheetRows.Merge> merges() {
    return merges;
  }

  @Override
  public BitSet hiddenColumns() {
    return hiddenColumns;
  }

  @Override
  public void close() {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // closing after a failure that is already reported
    }
    try {
      in.close();
    } catch (IOException e) {
      // as above
    }
  }
}

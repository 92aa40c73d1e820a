package io.github.planning.excel;

import static java.util.Objects.requireNonNull;

import io.github.planning.io.CsvHeadings;
import io.github.planning.io.CsvLayout;
import io.github.planning.io.PlanCsvReader;
import io.github.planning.io.PlanReadResult;
import io.github.planning.io.PlanningReadException;
import io.github.planning.io.Problem;
import io.github.planning.io.ReadMode;
import io.github.planning.io.ReadOptions;
import io.github.planning.io.RowField;
import io.github.planning.io.RowRecord;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The slow reference the streaming reader is compared with: the whole sheet read into memory (POI's
 * SAX handler for {@code .xlsx}, {@link HSSFWorkbook} for {@code .xls}), its tables found over all
 * its rows, its merged ranges applied to the whole sheet, the table written as one CSV text and
 * read by {@link PlanCsvReader}, its problems placed through a map of every line. Limits are not
 * applied: it is for the small workbooks of the tests.
 */
final class WholeSheetReading {

  /**
   * What the reference reads: as {@link WorkbookRead}, with every row's place by code, and the
   * records as a streaming reader gives them (the sheet row as line, problems placed).
   */
  record Read(
      List<RowRecord> placed,
      String source,
      PlanReadResult result,
      List<Problem> problems,
      List<String> notes,
      List<SheetTable> tables,
      Map<String, Problem> rowPlaces,
      Problem tablePlace) {}

  private WholeSheetReading() {}

  /** A sheet in memory. */
  private static final class Rows {
    final String workbook;
    final String sheet;
    final TreeMap<Integer, List<String>> rows = new TreeMap<>();
    final List<String> notes = new ArrayList<>();
    final List<SheetRows.Merge> merges = new ArrayList<>();
    final Set<Integer> hiddenRows = new TreeSet<>();
    final Set<Integer> hiddenColumns = new TreeSet<>();
    List<Table> tables = List.of();

    Rows(String workbook, String sheet) {
      this.workbook = workbook;
      this.sheet = sheet;
    }

    String source() {
      return workbook + "!" + sheet;
    }

    void put(int row, int column, String text) {
      if (text == null || text.isEmpty()) {
        return;
      }
      SheetRows.put(rows.computeIfAbsent(row, r -> new ArrayList<>()), column, text);
    }

    String get(int row, int column) {
      List<String> cells = rows.get(row);
      return cells == null || column >= cells.size() ? "" : cells.get(column);
    }
  }

  private record Table(int firstRow, int headerRow, int lastRow, String title, String cell) {
    String describe() {
      return title.isEmpty() ? "the table at " + cell : "'" + title + "' at " + cell;
    }
  }

  static Read read(Path path, ReadOptions options, SheetChoice sheet) throws Exception {
    Map<String, RowField> user = SheetTables.userHeadings(options);
    Rows rows =
        sheet.isDefaultSheet()
            ? firstWithHeader(path, options, user)
            : sheetRows(path, sheet.sheetOnly(), user);
    Table table = table(rows, sheet);
    Csv csv = Csv.of(rows, table.firstRow(), table.lastRow());
    ReadOptions sheetOptions = ReadOptions.builder().from(options).source(rows.source()).build();
    try (PlanCsvReader reader = PlanCsvReader.open(new StringReader(csv.text), sheetOptions)) {
      PlanReadResult result = reader.readAll();
      int nameField =
          reader.layout().columns().stream()
              .filter(column -> column.field().equals(RowField.NAME.csvHeading()))
              .mapToInt(CsvLayout.Column::column)
              .findFirst()
              .orElse(1);
      Map<String, Problem> rowPlaces = new HashMap<>();
      for (RowRecord record : result.records()) {
        record
            .row()
            .ifPresent(
                row -> rowPlaces.putIfAbsent(row.code(), csv.place(record.line(), nameField)));
      }
      List<RowRecord> placed =
          result.records().stream()
              .map(
                  r ->
                      RowRecord.builder()
                          .from(r)
                          .line(csv.place(r.line(), 1).line())
                          .problems(r.problems().stream().map(csv::place).toList())
                          .build())
              .toList();
      return new Read(
          placed,
          rows.source(),
          result,
          result.problems().stream().map(csv::place).toList(),
          rows.notes,
          rows.tables.stream().map(t -> new SheetTable(t.title(), t.cell())).toList(),
          rowPlaces,
          csv.place(0, 0));
    } catch (PlanningReadException e) {
      throw new PlanningReadException(
          rows.source(), e.problems().stream().map(csv::place).toList(), e.isTruncated());
    }
  }

  private static Table table(Rows rows, SheetChoice choice) {
    List<Table> tables = rows.tables;
    String all = tables.stream().map(Table::describe).collect(Collectors.joining(", "));
    Optional<Integer> chosen = choice.tableRow();
    if (chosen.isPresent()) {
      return tables.stream()
          .filter(t -> chosen.get() >= t.firstRow() && chosen.get() <= t.lastRow())
          .findFirst()
          .orElseThrow(
              () ->
                  Limits.refuse(
                      rows.source(),
                      "",
                      "no table of the sheet holds row "
                          + (chosen.get() + 1)
                          + " ("
                          + choice
                          + "); its tables: "
                          + all));
    }
    if (tables.size() == 1) {
      return tables.get(0);
    }
    Table second = tables.get(1);
    CellReference at = new CellReference(second.cell());
    throw new PlanningReadException(
        rows.source(),
        List.of(
            new Problem(
                rows.source() + "!" + second.cell(),
                at.getRow() + 1L,
                at.getCol() + 1L,
                rows.get(at.getRow(), at.getCol()),
                "a second table starts here: the sheet holds "
                    + tables.size()
                    + " tables, "
                    + all
                    + "; read one at a time by its sheet and first cell, such as "
                    + rows.sheet
                    + "!"
                    + second.cell()
                    + " (SheetChoice.parse, the option --sheet)")),
        false);
  }

  private static Rows firstWithHeader(Path path, ReadOptions options, Map<String, RowField> user)
      throws Exception {
    Rows first = sheetRows(path, SheetChoice.at(1), user);
    for (int position = 1; position <= 50; position++) {
      Rows rows;
      try {
        rows = position == 1 ? first : sheetRows(path, SheetChoice.at(position), user);
      } catch (PlanningReadException noSuchSheet) {
        break;
      }
      ReadOptions strict =
          ReadOptions.builder().from(options).source(rows.source()).mode(ReadMode.STRICT).build();
      Table table = rows.tables.get(0);
      try (PlanCsvReader reader =
          PlanCsvReader.open(
              new StringReader(Csv.of(rows, table.firstRow(), table.lastRow()).text), strict)) {
        if (!reader.headings().isEmpty()) {
          return rows;
        }
      } catch (PlanningReadException badHeader) {
        // not this sheet
      }
    }
    return first;
  }

  private static Rows sheetRows(Path path, SheetChoice choice, Map<String, RowField> user)
      throws Exception {
    Rows rows =
        switch (Book.kind(path)) {
          case XLS -> readXls(path, choice);
          case XLSX -> readXlsx(path, choice);
          case OTHER ->
              throw Limits.refuse(
                  String.valueOf(path.getFileName()), "", "not an Excel workbook (.xlsx or .xls)");
        };
    rows.tables = tables(rows, user);
    applyMerges(rows);
    return rows;
  }

  private static Rows readXlsx(Path path, SheetChoice choice) throws Exception {
    String workbook = String.valueOf(path.getFileName());
    try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      var styles = reader.getStylesTable();
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      List<String> names = new ArrayList<>();
      for (int position = 1; sheets.hasNext(); position++) {
        sheets.next().close();
        String name = sheets.getSheetName();
        names.add(name);
        if (choice.matches(position, name, false)) {
          Rows rows = new Rows(workbook, name);
          if (!pkg.getPartsByContentType("application/vnd.ms-office.vbaProject").isEmpty()) {
            rows.notes.add(rows.source() + ": the workbook's macros are ignored");
          }
          if (!pkg.getPartsByContentType(
                  org.apache.poi.xssf.usermodel.XSSFRelation.EXTERNAL_LINKS.getContentType())
              .isEmpty()) {
            rows.notes.add(
                rows.source()
                    + ": links to other workbooks are not followed; their cached values are read");
          }
          var part = sheets.getSheetPart();
          try (InputStream in = part.getInputStream()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(
                new DefaultHandler() {
                  @Override
                  public void startElement(String uri, String local, String q, Attributes a) {
                    switch (local) {
                      case "mergeCell" -> rows.merges.add(SheetRows.Merge.parse(a.getValue("ref")));
                      case "row" -> {
                        String hidden = a.getValue("hidden");
                        if (("1".equals(hidden) || "true".equals(hidden))
                            && a.getValue("r") != null) {
                          rows.hiddenRows.add(Integer.parseInt(a.getValue("r")) - 1);
                        }
                      }
                      case "col" -> {
                        String hidden = a.getValue("hidden");
                        if ("1".equals(hidden) || "true".equals(hidden)) {
                          int min = Integer.parseInt(a.getValue("min"));
                          int max = Integer.parseInt(a.getValue("max"));
                          for (int c = min; c <= Math.min(max, min + 16_384); c++) {
                            rows.hiddenColumns.add(c - 1);
                          }
                        }
                      }
                      default -> {}
                    }
                  }
                });
            xml.parse(new InputSource(in));
          }
          try (InputStream in = part.getInputStream()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(
                new XSSFSheetXMLHandler(
                    styles,
                    null,
                    strings,
                    new XSSFSheetXMLHandler.SheetContentsHandler() {
                      private int row;

                      @Override
                      public void startRow(int rowNum) {
                        row = rowNum;
                      }

                      @Override
                      public void endRow(int rowNum) {}

                      @Override
                      public void cell(String reference, String text, XSSFComment comment) {
                        if (reference != null && text != null) {
                          rows.put(row, new CellReference(reference).getCol(), text);
                        }
                      }
                    },
                    new DisplayFormatter(),
                    false));
            xml.parse(new InputSource(in));
          }
          hiddenNotes(rows);
          return rows;
        }
      }
      throw Limits.refuse(
          workbook,
          "",
          "the workbook has no " + choice + "; its sheets: " + String.join(", ", names));
    }
  }

  private static Rows readXls(Path path, SheetChoice choice) throws Exception {
    String workbook = String.valueOf(path.getFileName());
    try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true);
        HSSFWorkbook book = new HSSFWorkbook(fs.getRoot(), false)) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < book.getNumberOfSheets(); i++) {
        String name = book.getSheetName(i);
        names.add(name);
        if (choice.matches(i + 1, name, book.isSheetHidden(i) || book.isSheetVeryHidden(i))) {
          Rows rows = new Rows(workbook, name);
          if (fs.getRoot().hasEntry("_VBA_PROJECT_CUR")) {
            rows.notes.add(rows.source() + ": the workbook's macros are ignored");
          }
          Sheet sheet = book.getSheetAt(i);
          DisplayFormatter formatter = new DisplayFormatter();
          int widest = 0;
          for (var row : sheet) {
            if (row.getZeroHeight()) {
              rows.hiddenRows.add(row.getRowNum());
            }
            for (Cell cell : row) {
              rows.put(row.getRowNum(), cell.getColumnIndex(), formatter.display(cell));
              widest = Math.max(widest, cell.getColumnIndex() + 1);
            }
          }
          for (int c = 0; c < widest; c++) {
            if (sheet.isColumnHidden(c)) {
              rows.hiddenColumns.add(c);
            }
          }
          for (CellRangeAddress range : sheet.getMergedRegions()) {
            rows.merges.add(
                new SheetRows.Merge(
                    range.getFirstRow(),
                    range.getLastRow(),
                    range.getFirstColumn(),
                    range.getLastColumn()));
          }
          hiddenNotes(rows);
          return rows;
        }
      }
      throw Limits.refuse(
          workbook,
          "",
          "the workbook has no " + choice + "; its sheets: " + String.join(", ", names));
    }
  }

  private static void hiddenNotes(Rows rows) {
    List<Integer> withText = rows.hiddenRows.stream().filter(rows.rows::containsKey).toList();
    if (!withText.isEmpty()) {
      rows.notes.add(
          rows.source()
              + ": hidden rows read: "
              + withText.stream()
                  .map(r -> String.valueOf(r + 1))
                  .collect(Collectors.joining(", ")));
    }
    int widest = rows.rows.values().stream().mapToInt(List::size).max().orElse(0);
    String shown =
        rows.hiddenColumns.stream()
            .filter(c -> c < widest)
            .map(CellReference::convertNumToColString)
            .collect(Collectors.joining(", "));
    if (!shown.isEmpty()) {
      rows.notes.add(rows.source() + ": hidden columns read: " + shown);
    }
  }

  private static List<Table> tables(Rows sheet, Map<String, RowField> user) {
    Map<Integer, List<String>> rows = sheet.rows;
    List<Integer> indices = new ArrayList<>(rows.keySet());
    List<Integer> headers = new ArrayList<>();
    for (int row : indices) {
      boolean secondHeaderRow = !headers.isEmpty() && headers.get(headers.size() - 1) == row - 1;
      if (!secondHeaderRow && SheetTables.isHeader(requireNonNull(rows.get(row)), user)) {
        headers.add(row);
      }
    }
    if (indices.isEmpty()) {
      return List.of(new Table(0, 0, 0, "", "A1"));
    }
    List<Integer> starts = new ArrayList<>();
    starts.add(indices.get(0));
    for (int k = 1; k < headers.size(); k++) {
      int header = headers.get(k);
      int start = header;
      for (int i = indices.indexOf(header) - 1, lines = 0; i >= 0 && lines < 3; i--) {
        int row = indices.get(i);
        boolean adjacent = row == start - 1;
        boolean firstGap = start == header;
        String text = only(requireNonNull(rows.get(row)));
        if (row <= headers.get(k - 1) + 1
            || text == null
            || CsvHeadings.normalise(text).matches("(注|说明|资料来源|数据来源)([:0-9*].*)?")
            || !(adjacent || firstGap)) {
          break;
        }
        start = row;
        lines++;
      }
      starts.add(start);
    }
    List<Table> tables = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int first = starts.get(k);
      int header = headers.isEmpty() ? first : headers.get(k);
      int last = k + 1 < starts.size() ? starts.get(k + 1) - 1 : indices.get(indices.size() - 1);
      String only = first < header ? only(requireNonNull(rows.get(first))) : null;
      List<String> cells = requireNonNull(rows.get(first));
      int column = 0;
      while (column < cells.size() && cells.get(column).isEmpty()) {
        column++;
      }
      tables.add(
          new Table(
              first,
              header,
              last,
              only == null ? "" : only.strip(),
              SheetRows.reference(first, column)));
    }
    return tables;
  }

  private static String only(List<String> cells) {
    String only = null;
    for (String cell : cells) {
      if (!cell.isBlank()) {
        if (only != null) {
          return null;
        }
        only = cell;
      }
    }
    return only;
  }

  private static void applyMerges(Rows sheet) {
    Set<Integer> headerRows =
        sheet.tables.stream().map(Table::headerRow).collect(Collectors.toSet());
    List<SheetRows.Merge> spread = new ArrayList<>();
    for (SheetRows.Merge merge : sheet.merges) {
      if (!headerRows.contains(merge.firstRow()) && !alone(sheet, merge)) {
        spread.add(merge);
      } else {
        for (int r = merge.firstRow(); r <= merge.lastRow(); r++) {
          List<String> cells = sheet.rows.get(r);
          while (cells != null && cells.size() <= merge.lastColumn()) {
            cells.add("");
          }
        }
      }
    }
    for (SheetRows.Merge merge : spread) {
      String text = sheet.get(merge.firstRow(), merge.firstColumn());
      for (int r = merge.firstRow(); r <= merge.lastRow(); r++) {
        for (int c = merge.firstColumn(); c <= merge.lastColumn(); c++) {
          sheet.put(r, c, text);
        }
      }
    }
  }

  private static boolean alone(Rows sheet, SheetRows.Merge merge) {
    List<String> cells = sheet.rows.get(merge.firstRow());
    if (cells == null) {
      return true;
    }
    for (int c = 0; c < cells.size(); c++) {
      if ((c < merge.firstColumn() || c > merge.lastColumn()) && !cells.get(c).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** The table as one CSV text, with the row starting at each line. */
  private static final class Csv {
    final String source;
    final String text;
    final TreeMap<Long, Integer> rowAtLine;
    final int firstRow;
    final int firstColumn;

    private Csv(
        String source,
        String text,
        TreeMap<Long, Integer> rowAtLine,
        int firstRow,
        int firstColumn) {
      this.source = source;
      this.text = text;
      this.rowAtLine = rowAtLine;
      this.firstRow = firstRow;
      this.firstColumn = firstColumn;
    }

    static Csv of(Rows sheet, int first, int last) {
      StringBuilder out = new StringBuilder();
      TreeMap<Long, Integer> rowAtLine = new TreeMap<>();
      long line = 1;
      for (Map.Entry<Integer, List<String>> row :
          sheet.rows.subMap(first, true, last, true).entrySet()) {
        rowAtLine.put(line, row.getKey());
        List<String> cells = row.getValue();
        for (int c = 0; c < cells.size(); c++) {
          if (c > 0) {
            out.append(',');
          }
          line += SheetCsv.quote(cells.get(c), out);
        }
        out.append("\r\n");
        line++;
      }
      int firstRow = rowAtLine.isEmpty() ? 0 : rowAtLine.firstEntry().getValue();
      List<String> cells = sheet.rows.getOrDefault(firstRow, List.of());
      int firstColumn = 0;
      while (firstColumn < cells.size() && cells.get(firstColumn).isEmpty()) {
        firstColumn++;
      }
      return new Csv(sheet.source(), out.toString(), rowAtLine, firstRow, firstColumn);
    }

    Problem place(long line, long field) {
      return place(new Problem(source, line, field, "", "-"));
    }

    Problem place(Problem problem) {
      Map.Entry<Long, Integer> start = rowAtLine.floorEntry(problem.line());
      boolean whole = problem.line() <= 0 || start == null;
      int row = whole ? firstRow : start.getValue();
      int column = whole ? firstColumn : (int) Math.max(problem.column(), 1) - 1;
      return new Problem(
          source + "!" + SheetRows.reference(row, column),
          row + 1L,
          column + 1L,
          problem.text(),
          problem.reason());
    }
  }
}

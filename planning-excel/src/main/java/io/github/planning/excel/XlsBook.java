package io.github.planning.excel;

import io.github.planning.io.PlanningReadException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;

/**
 * An {@code .xls} (BIFF8) workbook, read whole with POI's {@link HSSFWorkbook}: an {@code .xls}
 * sheet has at most 65,536 rows of 256 columns. Its rows are given as an {@code .xlsx} sheet's are,
 * each cell as Excel displays it, formulas by their cached value.
 */
final class XlsBook implements Book {

  private final String name;
  private final POIFSFileSystem fs;
  private final HSSFWorkbook book;
  private final List<String> notes;

  private XlsBook(String name, POIFSFileSystem fs, HSSFWorkbook book, List<String> notes) {
    this.name = name;
    this.fs = fs;
    this.book = book;
    this.notes = notes;
  }

  static XlsBook open(Path path) {
    String workbook = String.valueOf(path.getFileName());
    POIFSFileSystem fs = null;
    try {
      fs = new POIFSFileSystem(path.toFile(), true);
      HSSFWorkbook book = new HSSFWorkbook(fs.getRoot(), false);
      List<String> notes =
          fs.getRoot().hasEntry("_VBA_PROJECT_CUR")
              ? List.of("the workbook's macros are ignored")
              : List.of();
      return new XlsBook(workbook, fs, book, notes);
    } catch (IOException | RuntimeException e) {
      close(fs);
      if (e instanceof PlanningReadException known) {
        throw known;
      }
      throw Limits.refuse(workbook, "", "not a readable .xls workbook: " + Limits.message(e));
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> sheetNames() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < book.getNumberOfSheets(); i++) {
      names.add(book.getSheetName(i));
    }
    return names;
  }

  @Override
  public boolean isHidden(int position) {
    return book.isSheetHidden(position) || book.isSheetVeryHidden(position);
  }

  @Override
  public BookSheet sheet(int position) {
    Sheet sheet = book.getSheetAt(position);
    String source = name + "!" + sheet.getSheetName();
    return new BookSheet(name, sheet.getSheetName(), notes, toTheEnd -> new Rows(source, sheet));
  }

  @Override
  public void close() {
    try {
      book.close();
    } catch (IOException e) {
      // a workbook opened read-only has nothing to write back
    }
    close(fs);
  }

  private static void close(@Nullable POIFSFileSystem fs) {
    if (fs != null) {
      try {
        fs.close();
      } catch (IOException e) {
        // as above
      }
    }
  }

  /** A pass over the rows of a sheet in memory. */
  private static final class Rows implements RowSource {
    private final String source;
    private final Sheet sheet;
    private final Iterator<Row> rows;
    private final DisplayFormatter formatter = new DisplayFormatter();
    private int widest;

    Rows(String source, Sheet sheet) {
      this.source = source;
      this.sheet = sheet;
      this.rows = sheet.rowIterator();
    }

    @Override
    public @Nullable SheetRow next() {
      while (rows.hasNext()) {
        Row row = rows.next();
        List<String> cells = new ArrayList<>();
        int characters = 0;
        for (Cell cell : row) {
          String text = formatter.display(cell);
          characters += text.length();
          if (characters > Limits.MAX_ROW_CHARACTERS) {
            throw Limits.at(
                source,
                row.getRowNum(),
                cell.getColumnIndex(),
                "",
                "row "
                    + (row.getRowNum() + 1)
                    + " holds more than "
                    + Limits.MAX_ROW_CHARACTERS
                    + " characters, the most a row is read with");
          }
          SheetRows.put(cells, cell.getColumnIndex(), text);
        }
        if (!cells.isEmpty()) {
          widest = Math.max(widest, cells.size());
          return new SheetRow(row.getRowNum(), cells, row.getZeroHeight());
        }
      }
      return null;
    }

    @Override
    public List<SheetRows.Merge> merges() {
      List<SheetRows.Merge> merges = new ArrayList<>();
      for (CellRangeAddress range : sheet.getMergedRegions()) {
        if (merges.size() >= Limits.MAX_MERGES) {
          throw Limits.at(
              source,
              range.getFirstRow(),
              range.getFirstColumn(),
              range.formatAsString(),
              "the sheet has more than " + Limits.MAX_MERGES + " merged ranges, the most read");
        }
        merges.add(
            new SheetRows.Merge(
                range.getFirstRow(),
                range.getLastRow(),
                range.getFirstColumn(),
                range.getLastColumn()));
      }
      return merges;
    }

    @Override
    public BitSet hiddenColumns() {
      BitSet hidden = new BitSet();
      for (int c = 0; c < widest; c++) {
        if (sheet.isColumnHidden(c)) {
          hidden.set(c);
        }
      }
      return hidden;
    }

    @Override
    public void close() {
      // the workbook is closed with its book
    }
  }
}

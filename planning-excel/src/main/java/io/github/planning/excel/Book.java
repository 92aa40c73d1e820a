package io.github.planning.excel;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An open workbook, {@code .xlsx} ({@link XlsxBook}) or {@code .xls} ({@link XlsBook}), whose
 * sheets are read one pass at a time.
 *
 * <pre>{@code
 * try (Book book = Book.open(path)) {
 *   BookSheet sheet = book.sheet(SheetChoice.named("主要指标"));
 * }
 * }</pre>
 */
interface Book extends Closeable {

  /** The workbook's file name, {@code 规划.xlsx}. */
  String name();

  /** The names of the sheets, in order. */
  List<String> sheetNames();

  /** Whether the sheet at this 0-based position is hidden. */
  boolean isHidden(int position);

  /** The sheet at this 0-based position. */
  BookSheet sheet(int position);

  /**
   * The chosen sheet; the default choice is the first sheet that is not hidden.
   *
   * @throws io.github.planning.io.PlanningReadException listing the sheets if there is no such one
   */
  default BookSheet sheet(SheetChoice choice) {
    List<String> names = sheetNames();
    for (int i = 0; i < names.size(); i++) {
      if (choice.matches(i + 1, names.get(i), isHidden(i))) {
        return sheet(i);
      }
    }
    throw Limits.refuse(
        name(), "", "the workbook has no " + choice + "; its sheets: " + String.join(", ", names));
  }

  @Override
  void close();

  /**
   * Opens a workbook, {@code .xlsx} or {@code .xls} as its first bytes tell.
   *
   * @throws io.github.planning.io.PlanningReadException if it is not a workbook or cannot be read
   * @throws UncheckedIOException if the file cannot be read
   */
  static Book open(Path path) {
    return switch (kind(path)) {
      case XLSX -> XlsxBook.open(path);
      case XLS -> XlsBook.open(path);
      case OTHER ->
          throw Limits.refuse(
              String.valueOf(path.getFileName()), "", "not an Excel workbook (.xlsx or .xls)");
    };
  }

  /** The kinds of file told apart by their first bytes. */
  enum Kind {
    XLSX,
    XLS,
    OTHER
  }

  /** What a file is, by its first bytes: a zip (OOXML) or an OLE2 compound file (BIFF8). */
  static Kind kind(Path path) {
    byte[] head = new byte[8];
    int n;
    try (InputStream in = Files.newInputStream(path)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return Kind.XLSX;
    }
    if (n == 8
        && (head[0] & 0xFF) == 0xD0
        && (head[1] & 0xFF) == 0xCF
        && (head[2] & 0xFF) == 0x11
        && (head[3] & 0xFF) == 0xE0) {
      return Kind.XLS;
    }
    return Kind.OTHER;
  }
}

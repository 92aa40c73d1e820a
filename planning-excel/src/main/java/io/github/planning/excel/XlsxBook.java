package io.github.planning.excel;

import io.github.planning.io.PlanningReadException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

/**
 * An {@code .xlsx} workbook opened read-only with POI's package API: its shared strings and styles
 * read (each at most {@link Limits#MAX_SHARED_PART} bytes), its sheets streamed by {@link
 * XlsxRowSource}, pass by pass. Formulas give their cached value; external links are never
 * resolved; macros are never run.
 */
final class XlsxBook implements Book {

  private final String name;
  private final OPCPackage pkg;
  private final ReadOnlySharedStringsTable strings;
  private final @Nullable StylesTable styles;
  private final List<String> names;
  private final List<PackagePart> parts;
  private final List<String> notes;
  private final long fileSize;
  private final XMLInputFactory factory = XMLHelper.newXMLInputFactory();

  private XlsxBook(
      String name,
      OPCPackage pkg,
      ReadOnlySharedStringsTable strings,
      @Nullable StylesTable styles,
      List<String> names,
      List<PackagePart> parts,
      List<String> notes,
      long fileSize) {
    this.name = name;
    this.pkg = pkg;
    this.strings = strings;
    this.styles = styles;
    this.names = names;
    this.parts = parts;
    this.notes = notes;
    this.fileSize = fileSize;
  }

  static XlsxBook open(Path path) {
    String workbook = String.valueOf(path.getFileName());
    OPCPackage pkg = null;
    try {
      long fileSize = Files.size(path);
      pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
      refuseLarge(pkg, workbook, XSSFRelation.SHARED_STRINGS.getContentType(), "shared-string");
      refuseLarge(pkg, workbook, XSSFRelation.STYLES.getContentType(), "style");
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      List<String> names = new ArrayList<>();
      List<PackagePart> parts = new ArrayList<>();
      while (sheets.hasNext()) {
        sheets.next().close();
        names.add(sheets.getSheetName());
        parts.add(sheets.getSheetPart());
      }
      List<String> notes = new ArrayList<>();
      if (!pkg.getPartsByContentType("application/vnd.ms-office.vbaProject").isEmpty()) {
        notes.add("the workbook's macros are ignored");
      }
      if (!pkg.getPartsByContentType(XSSFRelation.EXTERNAL_LINKS.getContentType()).isEmpty()) {
        notes.add("links to other workbooks are not followed; their cached values are read");
      }
      return new XlsxBook(
          workbook, pkg, strings, styles, names, parts, List.copyOf(notes), fileSize);
    } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
      if (pkg != null) {
        pkg.revert();
      }
      if (e instanceof PlanningReadException known) {
        throw known;
      }
      if (e instanceof java.nio.file.NoSuchFileException missing) {
        throw new UncheckedIOException(missing);
      }
      throw Limits.refuse(workbook, "", "not a readable .xlsx workbook: " + Limits.message(e));
    }
  }

  /** Refuses a part of this kind larger than {@link Limits#MAX_SHARED_PART}. */
  private static void refuseLarge(OPCPackage pkg, String workbook, String type, String kind)
      throws OpenXML4JException {
    for (PackagePart part : pkg.getPartsByContentType(type)) {
      if (part.getSize() > Limits.MAX_SHARED_PART) {
        throw Limits.refuse(
            workbook,
            "",
            "the "
                + kind
                + " table has "
                + part.getSize()
                + " bytes, more than the "
                + Limits.MAX_SHARED_PART
                + " read");
      }
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> sheetNames() {
    return List.copyOf(names);
  }

  @Override
  public boolean isHidden(int position) {
    return false;
  }

  @Override
  public BookSheet sheet(int position) {
    String sheet = names.get(position);
    PackagePart part = parts.get(position);
    String source = name + "!" + sheet;
    return new BookSheet(name, sheet, notes, toTheEnd -> rows(source, part, toTheEnd));
  }

  private RowSource rows(String source, PackagePart part, boolean toTheEnd) {
    InputStream in = null;
    try {
      in = new Guarded(part.getInputStream(), fileSize * Limits.MAX_INFLATION, part, name);
      return new XlsxRowSource(source, in, factory, strings, styles, toTheEnd);
    } catch (IOException | XMLStreamException | RuntimeException e) {
      if (in != null) {
        try {
          in.close();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      if (e instanceof PlanningReadException known) {
        throw known;
      }
      throw Limits.refuse(name, "", "not a readable .xlsx workbook: " + Limits.message(e));
    }
  }

  @Override
  public void close() {
    pkg.revert();
  }

  /** A part's stream, refused once it inflates beyond a bound. */
  private static final class Guarded extends FilterInputStream {
    private final long bound;
    private final String part;
    private final String workbook;
    private long read;

    Guarded(InputStream in, long bound, PackagePart part, String workbook) {
      super(in);
      this.bound = bound;
      this.part = part.getPartName().getName();
      this.workbook = workbook;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count(n);
      return n;
    }

    private void count(int n) {
      if (n > 0) {
        read += n;
        if (read > bound) {
          throw Limits.refuse(
              workbook,
              "",
              "the part "
                  + part
                  + " inflates to more than "
                  + Limits.MAX_INFLATION
                  + " times the size of the file, as a zip bomb does: the workbook is not read");
        }
      }
    }
  }
}

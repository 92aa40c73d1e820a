package io.github.planning.excel;

import io.github.planning.io.PlanningReadException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one sheet of an {@code .xlsx} workbook with POI's streaming (SAX) API: a first pass over
 * the sheet part for its merged ranges and hidden rows and columns (they follow the cells in the
 * XML), a second for the cells, each formatted as Excel displays it. Formulas give their cached
 * value; external links are never resolved; macros are never run.
 */
final class XlsxSheets {

  /** The largest shared-string part read (uncompressed); a plan table's is a few kilobytes. */
  static final long MAX_SHARED_STRINGS = 8L << 20;

  private XlsxSheets() {}

  static SheetRows read(Path path, SheetChoice choice) {
    String workbook = String.valueOf(path.getFileName());
    Limits.apply();
    try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      for (PackagePart part :
          pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
        if (part.getSize() > MAX_SHARED_STRINGS) {
          throw Limits.refuse(
              workbook,
              "",
              "the shared-string table has "
                  + part.getSize()
                  + " bytes, more than the "
                  + MAX_SHARED_STRINGS
                  + " read");
        }
      }
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      List<String> names = new ArrayList<>();
      for (int position = 1; sheets.hasNext(); position++) {
        sheets.next().close();
        String name = sheets.getSheetName();
        names.add(name);
        if (choice.matches(position, name, false)) {
          SheetRows rows = new SheetRows(workbook, name);
          notes(pkg, rows);
          read(sheets.getSheetPart(), strings, styles, rows);
          return rows;
        }
      }
      throw Limits.refuse(
          workbook,
          "",
          "the workbook has no " + choice + "; its sheets: " + String.join(", ", names));
    } catch (IOException
        | OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | RuntimeException e) {
      if (e instanceof PlanningReadException known) {
        throw known;
      }
      throw Limits.refuse(workbook, "", "not a readable .xlsx workbook: " + Limits.message(e));
    }
  }

  private static void notes(OPCPackage pkg, SheetRows rows) throws OpenXML4JException {
    if (!pkg.getPartsByContentType("application/vnd.ms-office.vbaProject").isEmpty()) {
      rows.note("the workbook's macros are ignored");
    }
    if (!pkg.getPartsByContentType(XSSFRelation.EXTERNAL_LINKS.getContentType()).isEmpty()) {
      rows.note("links to other workbooks are not followed; their cached values are read");
    }
  }

  private static void read(
      PackagePart part, ReadOnlySharedStringsTable strings, StylesTable styles, SheetRows rows)
      throws IOException, SAXException, ParserConfigurationException {
    Layout layout = new Layout();
    try (InputStream in = part.getInputStream()) {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(layout);
      xml.parse(new InputSource(in));
    }
    DataFormatter formatter = new DisplayFormatter();
    SheetContentsHandler cells =
        new SheetContentsHandler() {
          private int row;

          @Override
          public void startRow(int rowNum) {
            row = rowNum;
          }

          @Override
          public void endRow(int rowNum) {}

          @Override
          public void cell(String reference, String formatted, XSSFComment comment) {
            if (reference != null && formatted != null) {
              CellReference ref = new CellReference(reference);
              rows.put(row, ref.getCol(), formatted);
            }
          }
        };
    try (InputStream in = part.getInputStream()) {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(
          new XSSFSheetXMLHandler(styles, null, strings, cells, formatter, false));
      xml.parse(new InputSource(in));
    }
    rows.merges(layout.merges);
    Hidden.report(rows, layout.hiddenRows, layout.hiddenColumns);
  }

  /** The merged ranges and the hidden rows and columns of a sheet part. */
  private static final class Layout extends DefaultHandler {
    final List<SheetRows.Merge> merges = new ArrayList<>();
    final TreeSet<Integer> hiddenRows = new TreeSet<>();
    final TreeSet<Integer> hiddenColumns = new TreeSet<>();

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      switch (localName) {
        case "mergeCell" -> {
          String ref = attributes.getValue("ref");
          if (ref != null) {
            merges.add(SheetRows.Merge.parse(ref));
          }
        }
        case "row" -> {
          if (isTrue(attributes.getValue("hidden")) && attributes.getValue("r") != null) {
            hiddenRows.add(Integer.parseInt(attributes.getValue("r")) - 1);
          }
        }
        case "col" -> {
          if (isTrue(attributes.getValue("hidden"))) {
            int min = Integer.parseInt(attributes.getValue("min"));
            int max = Math.min(Integer.parseInt(attributes.getValue("max")), min + 16_384);
            for (int c = min; c <= max; c++) {
              hiddenColumns.add(c - 1);
            }
          }
        }
        default -> {}
      }
    }

    private static boolean isTrue(String value) {
      return "1".equals(value) || "true".equals(value);
    }
  }
}

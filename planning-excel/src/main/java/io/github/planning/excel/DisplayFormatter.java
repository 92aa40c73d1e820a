package io.github.planning.excel;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * POI's {@link DataFormatter}, giving a cell's text as Excel displays it, with one repair: a date
 * format with a quoted literal, {@code yyyy"年"} (the usual way of showing a year in Chinese
 * workbooks), is shown as {@code 2020年} rather than POI's {@code 2020"年"}.
 *
 * <pre>{@code
 * new DisplayFormatter().formatRawCellContents(43831, 200, "yyyy\"年\"")   // 2020年
 * }</pre>
 */
final class DisplayFormatter extends DataFormatter {

  /** A quoted literal without the letters of a date or time format. */
  private static final Pattern LITERAL = Pattern.compile("\"([^\"a-zA-Z]*)\"");

  DisplayFormatter() {
    super(Locale.US);
    setUseCachedValuesForFormulaCells(true);
  }

  @Override
  public String formatRawCellContents(
      double value, int formatIndex, String formatString, boolean use1904Windowing) {
    String format = formatString;
    if (format != null
        && format.indexOf('"') >= 0
        && DateUtil.isADateFormat(formatIndex, format)
        && DateUtil.isValidExcelDate(value)) {
      format = LITERAL.matcher(format).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }
    return super.formatRawCellContents(value, formatIndex, format, use1904Windowing);
  }

  /** A cell's displayed text; a formula by its cached value. */
  String display(Cell cell) {
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    if (type == CellType.NUMERIC) {
      return formatRawCellContents(
          cell.getNumericCellValue(),
          cell.getCellStyle().getDataFormat(),
          cell.getCellStyle().getDataFormatString());
    }
    return formatCellValue(cell);
  }
}

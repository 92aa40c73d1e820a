package io.github.planning.excel;

/**
 * One table of a sheet, as {@link WorkbookRead#tables()} lists them: its title line (empty when it
 * has none) and the reference of its first cell, by which {@link SheetChoice#table} chooses it.
 *
 * <pre>{@code
 * read.tables()   // [SheetTable[title=表1 主要指标, cell=A1], SheetTable[title=表2 民生指标, cell=A12]]
 * Workbooks.read(path, options, SheetChoice.parse("主要指标!A12"))   // the second
 * }</pre>
 *
 * @param title the table's first title line, or ""
 * @param cell the reference of its first cell, {@code A12}
 */
public record SheetTable(String title, String cell) {}

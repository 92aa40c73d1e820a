/** Plans read from and written to Excel workbooks (.xlsx and .xls) with Apache POI. */
module io.github.planning.excel {
  requires transitive org.jspecify; // @NullMarked and @Nullable on the API
  requires transitive io.github.planning.io;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires java.xml;

  exports io.github.planning.excel;
}

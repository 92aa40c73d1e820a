/** Published plans as datasets, such as the plan of 湖州市吴兴区. */
module io.github.planning.datasets {
  requires transitive org.jspecify; // @NullMarked and @Nullable on the API
  requires transitive io.github.planning.io;

  exports io.github.planning.datasets;
}

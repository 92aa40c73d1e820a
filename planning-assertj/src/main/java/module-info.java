/** AssertJ assertions for plans, rows, values and progress, and real tables to test against. */
module io.github.planning.assertj {
  requires transitive org.jspecify; // @NullMarked and @Nullable on the API
  requires transitive io.github.planning.core;
  requires transitive io.github.planning.io;
  requires transitive org.assertj.core;
  requires io.github.planning.datasets;

  exports io.github.planning.assertj;
}

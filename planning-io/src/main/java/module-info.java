/**
 * Reading and writing plans and observations: CSV and JSON in {@link io.github.planning.io}, the
 * Jackson module in {@link io.github.planning.io.jackson}, SDMX-CSV in {@link
 * io.github.planning.io.sdmx} and Open SDG's files in {@link io.github.planning.io.opensdg}.
 *
 * <p>{@code io.github.planning.io.internal} is not exported.
 */
module io.github.planning.io {
  requires transitive org.jspecify; // @NullMarked and @Nullable on the API
  requires transitive io.github.planning.core;
  requires transitive tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires com.google.common;
  requires java.xml;
  requires static org.immutables.value.annotations;
  requires static java.compiler; // @Generated (source retention) on the generated immutable types

  exports io.github.planning.io;
  exports io.github.planning.io.jackson;
  exports io.github.planning.io.sdmx;
  exports io.github.planning.io.opensdg;

  provides tools.jackson.databind.JacksonModule with
      io.github.planning.io.jackson.PlanningModule;
}

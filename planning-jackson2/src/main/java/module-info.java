/** The Jackson 2 module for the planning types, with the wire format of the Jackson 3 one. */
@SuppressWarnings(
    "module") // the digit names the Jackson major version, as Jackson's own modules do
module io.github.planning.jackson2 {
  requires transitive org.jspecify; // @NullMarked and @Nullable on the API
  requires transitive io.github.planning.core;
  requires transitive com.fasterxml.jackson.databind;
  requires io.github.planning.io;

  exports io.github.planning.jackson2;

  provides com.fasterxml.jackson.databind.Module with
      io.github.planning.jackson2.PlanningJackson2Module;
}

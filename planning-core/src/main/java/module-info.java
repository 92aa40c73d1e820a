/**
 * The model of plan indicator tables and the analyses on it.
 *
 * <ul>
 *   <li>{@link io.github.planning.core}: published values with their text and reading, units,
 *       indicators, rows, plans, periods, targets, observations, growth arithmetic;
 *   <li>{@link io.github.planning.analysis}: completion, implied figures, consistency checks,
 *       assigned and relative targets;
 *   <li>{@link io.github.planning.progress}: progress towards a target by the published methods.
 * </ul>
 *
 * <p>{@code io.github.planning.core.internal} is not exported.
 */
module io.github.planning.core {
  requires transitive org.jspecify; // @NullMarked and @Nullable on the API
  requires com.google.common;
  requires static org.immutables.value.annotations;
  requires static java.compiler; // @Generated (source retention) on the generated immutable types

  exports io.github.planning.core;
  exports io.github.planning.analysis;
  exports io.github.planning.progress;
}

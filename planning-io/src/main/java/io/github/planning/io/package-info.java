/**
 * Reading and writing plans and observations as CSV and JSON, exactly and row by row.
 *
 * <pre>{@code
 * try (PlanCsvReader reader = PlanCsvReader.open(Files.newInputStream(path), ReadOptions.of("plan.csv"))) {
 *   while (reader.hasNext()) {
 *     RowRecord record = reader.next();
 *     ...
 *   }
 * }
 * Plan plan = PlanFiles.readPlan(path);              // the whole plan, strict
 * PlanFiles.writePlan(plan, Path.of("plan.json"));   // by extension
 * }</pre>
 *
 * <p>Values keep their published text; decimals are {@link java.math.BigDecimal} throughout and
 * keep their scale. Bad input gives {@link io.github.planning.io.Problem problems} naming the
 * source, line, column and text: in {@linkplain io.github.planning.io.ReadMode#STRICT strict} mode
 * (the default) a {@link io.github.planning.io.PlanningReadException} lists them; in {@linkplain
 * io.github.planning.io.ReadMode#LENIENT lenient} mode each record carries them and keeps its bad
 * cells as raw text. Nothing is dropped in either mode.
 *
 * <p>Readers and writers are for one use by one thread; the values they produce are immutable and
 * thread-safe. No method accepts or returns {@code null}.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    depluralize = true,
    allowedClasspathAnnotations = {javax.annotation.processing.Generated.class})
package io.github.planning.io;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;

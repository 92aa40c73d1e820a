/**
 * Progress of a row towards its target, by the published methods behind {@link
 * io.github.planning.progress.ProgressMeasure}: Open SDG's, Eurostat's, the UN SDG progress
 * chart's, a half-time comparison and Destatis' weather symbols. {@link
 * io.github.planning.progress.Progress} turns a plan row and its observations into a {@link
 * io.github.planning.progress.ProgressInput} and the results of every measure; {@link
 * io.github.planning.progress.ProgressSummary} counts the statuses of a plan.
 *
 * <pre>{@code
 * Progress progress = Progress.assess(row, period, observations, 2023);
 * }</pre>
 *
 * <p>No method accepts or returns {@code null}.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    depluralize = true,
    allowedClasspathAnnotations = {javax.annotation.processing.Generated.class},
    defaults = @Value.Immutable(copy = true))
package io.github.planning.progress;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;

/**
 * Analyses of a plan against its own figures and its results: {@link
 * io.github.planning.analysis.Completion completion} of a five-year table with its assessment, the
 * {@link io.github.planning.analysis.ImpliedFigures figures a row implies} (the annual growth that
 * links base and target), {@link io.github.planning.analysis.PlanChecks consistency checks} that
 * report {@link io.github.planning.analysis.Finding findings}, {@link
 * io.github.planning.analysis.AssignedTargets targets assigned by a higher level} and {@link
 * io.github.planning.analysis.Comparisons targets relative to another region}.
 *
 * <pre>{@code
 * List<Finding> findings = PlanChecks.check(plan);
 * }</pre>
 *
 * <p>No method accepts or returns {@code null}; one row's failure never stops the analysis of the
 * others.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    depluralize = true,
    allowedClasspathAnnotations = {javax.annotation.processing.Generated.class},
    defaults = @Value.Immutable(copy = true))
package io.github.planning.analysis;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;

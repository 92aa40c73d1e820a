/**
 * Implementation details of planning-core shared between its packages: exact roots and logarithms,
 * label parsing for the enums, the level a target asks for. Not exported by the module descriptor;
 * no compatibility is promised.
 */
@NullMarked
package io.github.planning.core.internal;

import org.jspecify.annotations.NullMarked;

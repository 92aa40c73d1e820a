/**
 * JMH benchmarks of reading, writing, parsing and growth arithmetic, and the code they compare
 * against.
 */
@NullMarked
package io.github.planning.benchmarks;

import org.jspecify.annotations.NullMarked;

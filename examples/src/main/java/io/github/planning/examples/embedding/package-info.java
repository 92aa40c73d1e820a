/**
 * Small programs that show how to embed the library: each has a {@code main} and a {@code
 * run(PrintWriter)} that the tests call.
 */
@NullMarked
package io.github.planning.examples.embedding;

import org.jspecify.annotations.NullMarked;

/**
 * Small programs that show how to embed the library: each has a {@code main} and a {@code
 * run(PrintWriter)} that the tests call.
 */
package io.github.planning.examples.embedding;

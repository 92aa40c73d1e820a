/** The {@code planning} command-line tool: check, convert and report on plan tables. */
@NullMarked
package io.github.planning.examples;

import org.jspecify.annotations.NullMarked;

/**
 * Implementation details of planning-io shared between its packages: the row assembler, the code
 * index, problem collection, encodings. Not exported by the module descriptor; no compatibility is
 * promised.
 */
@NullMarked
package io.github.planning.io.internal;

import org.jspecify.annotations.NullMarked;

/** Plans written as the data and metadata files of Open SDG. */
@NullMarked
package io.github.planning.io.opensdg;

import org.jspecify.annotations.NullMarked;

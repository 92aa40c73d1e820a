/** Plans and observations as SDMX-CSV, and their SDMX-ML structure. */
@NullMarked
package io.github.planning.io.sdmx;

import org.jspecify.annotations.NullMarked;

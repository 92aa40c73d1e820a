/** Published plans as data: the plan of 湖州市吴兴区. */
@NullMarked
package io.github.planning.datasets;

import org.jspecify.annotations.NullMarked;

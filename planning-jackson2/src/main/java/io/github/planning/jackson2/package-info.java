/**
 * The planning types in the JSON of Jackson 2 applications: {@code new
 * ObjectMapper().registerModule(new PlanningJackson2Module())}, or {@code
 * findAndRegisterModules()}.
 */
@NullMarked
package io.github.planning.jackson2;

import org.jspecify.annotations.NullMarked;

/**
 * The planning types in the JSON of Jackson 2 applications: {@code new
 * ObjectMapper().registerModule(new PlanningJackson2Module())}, or {@code
 * findAndRegisterModules()}.
 */
package io.github.planning.jackson2;

package io.github.planning.io;

import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.core.PlanRow;
import io.github.planning.io.internal.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches observations to the rows of a plan by code or by published name, so that a series kept by
 * indicator name (地区生产总值(GDP)) finds its row; an observation of no row is an error.
 *
 * <pre>{@code
 * List<Observation> matched = ObservationMatching.match(plan, observations, "obs.csv");
 * // Observation[code=1, …] for an observation of "地区生产总值(GDP)";
 * // PlanningReadException "obs.csv:0:0: '人口': no row of the plan has this code or name"
 * }</pre>
 *
 * <p>A code wins over a name; a name that more than one row has is an error naming them, as the row
 * it means cannot be told.
 */
public final class ObservationMatching {

  private ObservationMatching() {}

  /**
   * The observations, each with the code of its row.
   *
   * @param source the name of the observations' input, for the problems
   * @throws PlanningReadException naming every observation whose row is not in the plan, or whose
   *     name more than one row has
   */
  public static List<Observation> match(Plan plan, List<Observation> observations, String source) {
    Map<String, String> codes = new HashMap<>();
    Map<String, List<String>> byName = new HashMap<>();
    for (PlanRow row : plan.rows()) {
      codes.put(row.code(), row.code());
      byName
          .computeIfAbsent(row.indicator().publishedName(), k -> new ArrayList<>())
          .add(row.code());
      byName.computeIfAbsent(row.indicator().name(), k -> new ArrayList<>()).add(row.code());
    }
    Problems problems = new Problems(source, Integer.MAX_VALUE);
    List<Observation> matched = new ArrayList<>(observations.size());
    for (Observation observation : observations) {
      String wanted = observation.code();
      String code = codes.get(wanted);
      if (code == null) {
        List<String> named =
            byName.getOrDefault(wanted.strip(), List.of()).stream().distinct().toList();
        if (named.size() == 1) {
          code = named.get(0);
        } else if (named.size() > 1) {
          problems.add(
              0,
              0,
              wanted,
              "more than one row has this name ("
                  + String.join(", ", named)
                  + "); name the row by its code");
        } else {
          problems.add(
              0,
              0,
              wanted,
              "no row of the plan has this code or name (observation of "
                  + observation.year()
                  + ")");
        }
      }
      if (code != null) {
        matched.add(
            code.equals(wanted)
                ? observation
                : Observation.builder().from(observation).code(code).build());
      }
    }
    problems.throwIfAny();
    return matched;
  }
}

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
 * <p>Observations read with their places ({@link ObservationReader#readAllRecords}) are matched by
 * {@link #matchRecords}, whose errors name the line and column of each observation's code: {@code
 * obs.csv:7:1: '人口': …}.
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
    return matchEach(List.of(plan), observations, source).get(0);
  }

  /**
   * The observations of each plan, in the order of the plans, each with the code of its row in that
   * plan: for a report of several plans and one file of observations.
   *
   * <pre>{@code
   * List<List<Observation>> each = ObservationMatching.matchEach(List.of(city, county), obs, "obs.csv");
   * each.get(1);   // the county's observations, named by its codes
   * }</pre>
   *
   * <p>An observation is matched in every plan that has a row of its code, or else one row of its
   * name; it is an error when no plan has such a row, and when its name is more than one row's in a
   * plan that has no row of its code.
   *
   * @param source the name of the observations' input, for the problems
   * @throws PlanningReadException naming every observation no plan has, and every ambiguous name
   */
  public static List<List<Observation>> matchEach(
      List<Plan> plans, List<Observation> observations, String source) {
    return matchRecords(plans, observations.stream().map(ObservationRecord::of).toList(), source);
  }

  /**
   * As {@link #matchEach}, for observations read with their places: each error names the line and
   * column of the observation's code.
   *
   * <pre>{@code
   * List<ObservationRecord> read = ObservationReader.csv(in, options).readAllRecords();
   * ObservationMatching.matchRecords(List.of(plan), read, "obs.csv");
   * // PlanningReadException "obs.csv:7:1: '人口': no row of the plan has this code or name …"
   * }</pre>
   *
   * @param source the name of the observations' input, for the problems
   * @throws PlanningReadException naming every observation no plan has, and every ambiguous name
   */
  public static List<List<Observation>> matchRecords(
      List<Plan> plans, List<ObservationRecord> records, String source) {
    List<Observation> observations = records.stream().map(ObservationRecord::observation).toList();
    Problems problems = new Problems(source, Integer.MAX_VALUE);
    List<List<Observation>> each = new ArrayList<>(plans.size());
    boolean[] found = new boolean[observations.size()];
    String[] ambiguous = new String[observations.size()];
    for (Plan plan : plans) {
      Map<String, String> codes = new HashMap<>();
      Map<String, List<String>> byName = new HashMap<>();
      for (PlanRow row : plan.rows()) {
        codes.put(row.code(), row.code());
        byName
            .computeIfAbsent(row.indicator().publishedName().strip(), k -> new ArrayList<>())
            .add(row.code());
        byName
            .computeIfAbsent(row.indicator().normalisedName(), k -> new ArrayList<>())
            .add(row.code());
      }
      List<Observation> matched = new ArrayList<>(observations.size());
      for (int i = 0; i < observations.size(); i++) {
        Observation observation = observations.get(i);
        String wanted = observation.code();
        String code = codes.get(wanted);
        if (code == null) {
          List<String> named =
              byName.getOrDefault(wanted.strip(), List.of()).stream().distinct().toList();
          if (named.size() == 1) {
            code = named.get(0);
          } else if (named.size() > 1 && ambiguous[i] == null) {
            ambiguous[i] =
                "more than one row has this name ("
                    + String.join(", ", named)
                    + "); name the row by its code";
          }
        }
        if (code != null) {
          found[i] = true;
          matched.add(
              code.equals(wanted)
                  ? observation
                  : Observation.builder().from(observation).code(code).build());
        }
      }
      each.add(matched);
    }
    for (int i = 0; i < observations.size(); i++) {
      ObservationRecord at = records.get(i);
      if (ambiguous[i] != null) {
        problems.add(at.line(), at.column(), observations.get(i).code(), ambiguous[i]);
      } else if (!found[i]) {
        problems.add(
            at.line(),
            at.column(),
            observations.get(i).code(),
            "no row of "
                + (plans.size() == 1 ? "the plan" : "any of the " + plans.size() + " plans")
                + " has this code or name (observation of "
                + observations.get(i).year()
                + ")");
      }
    }
    problems.throwIfAny();
    return each;
  }
}

package io.github.planning.io.sdmx;

import static java.util.Objects.requireNonNull;

import io.github.planning.core.Observation;
import io.github.planning.core.Plan;
import io.github.planning.io.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What an SDMX-CSV input held: the plan when it describes one, the observations, the problems, and
 * the lines that were not read as observations with the reason for each (another area, no value, a
 * delete action).
 *
 * <pre>{@code
 * SdmxData data = SdmxCsvReader.read(in, ReadOptions.of("gdp.csv"));
 * data.observations();   // [1-2-01 2021 830.5, …]
 * data.skipped();        // [gdp.csv:7:8: 'NaN': no value (OBS_VALUE is empty or NaN)]
 * }</pre>
 *
 * @param plan the plan, when the input has the plan's lines (written by {@link SdmxCsvWriter})
 * @param observations the observations, in input order
 * @param problems what is wrong, each located; empty after a strict read
 * @param skipped lines that are not observations of the plan, each located with its reason
 */
public record SdmxData(
    Optional<Plan> plan,
    List<Observation> observations,
    List<Problem> problems,
    List<Problem> skipped) {

  /** Copies the lists. */
  public SdmxData {
    requireNonNull(plan, "plan");
    observations = List.copyOf(observations);
    problems = List.copyOf(problems);
    skipped = List.copyOf(skipped);
  }
}

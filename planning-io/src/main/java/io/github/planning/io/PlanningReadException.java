package io.github.planning.io;

import io.github.planning.core.Texts;
import java.util.List;

/**
 * Thrown by a strict read when the input has problems; it lists every problem found, up to the cap
 * of {@link ReadOptions#maxProblems()}.
 *
 * <pre>{@code
 * 2 problems in plan.csv:
 *   plan.csv:3:7: '9.5%%': not a valid value: at index 4, unexpected '%'
 *   plan.csv:5:1: 'x1': the code 'x1' is already used on line 2
 * }</pre>
 */
public final class PlanningReadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;
  private final boolean truncated;

  /**
   * An exception listing the problems found in an input.
   *
   * @param source the input's name
   * @param problems the problems, at least one
   * @param truncated whether reading stopped at the cap, so that more problems may follow
   */
  public PlanningReadException(String source, List<Problem> problems, boolean truncated) {
    super(message(source, problems, truncated));
    this.problems = List.copyOf(problems);
    this.truncated = truncated;
  }

  private static String message(String source, List<Problem> problems, boolean truncated) {
    StringBuilder out = new StringBuilder();
    out.append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems")
        .append(truncated ? " (stopped at the cap)" : "")
        .append(" in ")
        .append(Texts.printable(source))
        .append(':');
    for (Problem problem : problems) {
      out.append("\n  ").append(problem);
    }
    return out.toString();
  }

  /** The problems, in the order found. */
  public List<Problem> problems() {
    return problems;
  }

  /** Whether reading stopped at the cap, so that more problems may follow. */
  public boolean isTruncated() {
    return truncated;
  }
}

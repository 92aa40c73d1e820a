package io.github.planning.examples.embedding;

import io.github.planning.core.PlanPeriod;
import io.github.planning.core.PlanValue;
import io.github.planning.core.Unit;
import io.github.planning.io.jackson.PlanningModule;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;

/** Puts planning types inside an application's own JSON with {@link PlanningModule}. */
public final class JacksonDto {

  private JacksonDto() {}

  /** An application's own type. */
  public record TargetNotice(
      String district, String indicator, Unit unit, PlanPeriod period, PlanValue target) {}

  /** Prints the JSON and what it reads back. */
  public static void main(String[] args) {
    run(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
  }

  /** Writes a notice as JSON and reads one written with the bare text of its target. */
  public static void run(PrintWriter out) {
    JsonMapper mapper = JsonMapper.builder().addModule(new PlanningModule()).build();

    TargetNotice notice =
        new TargetNotice(
            "吴兴区",
            "实际使用外资额",
            Unit.parse("亿美元"),
            PlanPeriod.FOURTEENTH_FIVE_YEAR_PLAN,
            PlanValue.parse("[10]"));
    out.println(mapper.writeValueAsString(notice));

    TargetNotice read =
        mapper.readValue(
            "{\"district\":\"吴兴区\",\"indicator\":\"登记失业率\","
                + "\"unit\":\"%\",\"period\":\"十四五\",\"target\":\"≤3.5\"}",
            TargetNotice.class);
    out.println(
        read.indicator()
            + " "
            + read.target().relation().orElseThrow()
            + " "
            + read.target().amount().orElseThrow());
    out.flush();
  }
}

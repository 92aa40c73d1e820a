package io.github.planning.examples.embedding;

import io.github.planning.core.Plan;
import io.github.planning.core.PlanRow;
import io.github.planning.datasets.WuxingDataset;
import io.github.planning.io.PlanCsvReader;
import io.github.planning.io.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Reads a plan table from CSV with the published Chinese headings and looks at one row. */
public final class ReadPlanFromCsv {

  private ReadPlanFromCsv() {}

  /** Prints what it reads. */
  public static void main(String[] args) throws IOException {
    run(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
  }

  /** Reads the embedded Table 1-2 and prints its size and first row. */
  public static void run(PrintWriter out) throws IOException {
    try (InputStream in = WuxingDataset.resource("table-1-2.csv");
        PlanCsvReader reader =
            PlanCsvReader.open(
                in, ReadOptions.builder().source("table-1-2.csv").title("“十四五”主要指标").build())) {
      Plan plan = reader.readPlan(); // strict: throws PlanningReadException listing every problem
      PlanRow gdp = plan.rows().get(0);
      out.println(plan.period() + " " + plan.rows().size() + " rows");
      out.println(
          gdp.indicator().name()
              + " "
              + gdp.base().orElseThrow()
              + " → "
              + gdp.target().orElseThrow()
              + " "
              + gdp.indicator().unit());
    }
    out.flush();
  }
}

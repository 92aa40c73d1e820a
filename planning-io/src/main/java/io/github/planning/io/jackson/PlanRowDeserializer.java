package io.github.planning.io.jackson;

import io.github.planning.core.PlanRow;
import io.github.planning.io.RowField;
import io.github.planning.io.RowRecord;
import io.github.planning.io.internal.JsonCodec;
import io.github.planning.io.internal.Problems;
import io.github.planning.io.internal.RowAssembler;
import io.github.planning.io.internal.RowCells;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a {@link PlanRow} from a row object of a plan document.
 *
 * <pre>{@code
 * mapper.readValue("{\"code\":\"1\",\"name\":\"地区生产总值\",\"target\":\"6%左右\"}", PlanRow.class);
 * }</pre>
 *
 * <p>A row read alone has no table around it, so nothing is made up for it: a row without a {@code
 * code} or a {@code name} is an error, as is an unknown field, a field of the wrong type or a text
 * that does not read; each is reported through {@link DeserializationContext#reportInputMismatch}.
 * (A row of a CSV table or a plan document without a code gets one from its place in the table, as
 * {@link RowField#CODE} says.)
 */
public final class PlanRowDeserializer extends StdDeserializer<PlanRow> {

  /** Creates the deserializer. */
  public PlanRowDeserializer() {
    super(PlanRow.class);
  }

  @Override
  public PlanRow deserialize(JsonParser p, DeserializationContext ctxt) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return (PlanRow) ctxt.handleUnexpectedToken(PlanRow.class, p);
    }
    Problems problems = ModuleProblems.problems();
    RowCells cells = new RowCells();
    RowRecord record = JsonCodec.readRow(p, problems, new RowAssembler(problems, false), cells);
    ModuleProblems.reportFirst(this, ctxt, problems);
    String code = cells.presentText(RowField.CODE);
    if (code == null || code.isBlank()) {
      return ctxt.reportInputMismatch(this, "a plan row needs a code");
    }
    return record.row().orElseThrow();
  }
}

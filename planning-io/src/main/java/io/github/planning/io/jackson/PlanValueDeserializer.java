package io.github.planning.io.jackson;

import io.github.planning.core.PlanValue;
import io.github.planning.core.PlanValueParseException;
import io.github.planning.io.RowField;
import io.github.planning.io.internal.JsonCodec;
import io.github.planning.io.internal.Problems;
import io.github.planning.io.internal.RowCells;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a {@link PlanValue} from its bare text or from an object with its text, whose typed fields
 * must agree with the text's reading.
 *
 * <pre>{@code
 * mapper.readValue("\"[9]以上\"", PlanValue.class);
 * mapper.readValue("{\"text\":\"[9]以上\",\"amount\":9}", PlanValue.class);
 * }</pre>
 *
 * <p>A text that is not a published value, or a typed field that disagrees with it, is reported
 * through {@link DeserializationContext#reportInputMismatch}.
 */
public final class PlanValueDeserializer extends StdDeserializer<PlanValue> {

  /** Creates the deserializer. */
  public PlanValueDeserializer() {
    super(PlanValue.class);
  }

  @Override
  public PlanValue deserialize(JsonParser p, DeserializationContext ctxt) {
    Problems problems = ModuleProblems.problems();
    RowCells cells = new RowCells(); // a value alone is read as a row's target would be
    JsonCodec.readValue(p, problems, "value", JsonCodec.location(p), cells, RowField.TARGET);
    ModuleProblems.reportFirst(this, ctxt, problems);
    PlanValue reading = cells.reading(RowField.TARGET);
    if (reading != null) {
      return reading;
    }
    try {
      return PlanValue.parse(cells.textOf(RowField.TARGET));
    } catch (PlanValueParseException e) {
      return ctxt.reportInputMismatch(this, "%s", e.getMessage());
    }
  }
}

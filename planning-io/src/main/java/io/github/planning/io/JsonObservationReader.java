package io.github.planning.io;

import io.github.planning.core.Observation;
import io.github.planning.io.internal.Encodings;
import io.github.planning.io.internal.JsonCodec;
import io.github.planning.io.jackson.PlanningJson;
import java.io.Reader;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads an observations document ({@value PlanningJson#OBSERVATIONS_FORMAT}), one observation at a
 * time.
 *
 * <pre>{@code
 * {"format": "planning-observations/1",
 *  "observations": [{"code": "gdp", "year": 2021, "value": 801.2}]}
 * }</pre>
 */
final class JsonObservationReader extends ObservationReader {

  JsonObservationReader(Reader input, ReadOptions options) {
    super(input, PlanningJson.mapper().createParser(input), options);
  }

  @Override
  void readHeader() {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      problems.add(1, 1, "", "an observations document is a JSON object");
      return;
    }
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      TokenStreamLocation at = parser.currentTokenLocation();
      if (field.equals("format")) {
        if (value != JsonToken.VALUE_STRING
            || !parser.getString().equals(PlanningJson.OBSERVATIONS_FORMAT)) {
          problems.add(
              at.getLineNr(),
              problems.column(at),
              parser.getString(),
              "unknown format; this reader reads " + PlanningJson.OBSERVATIONS_FORMAT);
          return;
        }
      } else if (field.equals("observations") && value == JsonToken.START_ARRAY) {
        return;
      } else {
        problems.add(
            at.getLineNr(),
            problems.column(at),
            field,
            "unknown field '" + field + "'; expected format and observations");
        parser.skipChildren();
      }
    }
    problems.add(1, 1, "", "the document has no observations array");
  }

  @Override
  @Nullable ObservationRecord readRecord() {
    JsonToken token = parser.nextToken();
    if (token == JsonToken.START_OBJECT) {
      TokenStreamLocation at = parser.currentTokenLocation();
      int mark = problems.startRecord();
      Optional<Observation> o = JsonCodec.readObservation(parser, problems);
      reportUndecoded(parser.currentLocation());
      return problems.isEmptySince(mark)
          ? o.map(
                  observation ->
                      new ObservationRecord(observation, at.getLineNr(), problems.column(at)))
              .orElse(null)
          : null;
    }
    if (token == JsonToken.END_ARRAY) {
      JsonToken end = parser.nextToken();
      if (end != JsonToken.END_OBJECT) {
        TokenStreamLocation at = parser.currentTokenLocation();
        problems.add(at.getLineNr(), problems.column(at), "", "expected the end of the document");
      }
      finish();
      return null;
    }
    JsonCodec.wrongType(parser, problems, "observations[]", "an object");
    return null;
  }

  /**
   * Reports each place of bytes that did not decode (a lenient reading) before {@code end}; an
   * observation holding one is not built.
   */
  private void reportUndecoded(TokenStreamLocation end) {
    for (Encodings.Undecoded bad :
        Encodings.takeUndecoded(input, u -> u.isBefore(end.getLineNr(), end.getColumnNr()))) {
      problems.add(bad.line(), bad.column(), "", bad.elsewhere());
    }
  }
}

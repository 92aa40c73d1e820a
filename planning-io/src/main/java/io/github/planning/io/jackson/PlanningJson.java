package io.github.planning.io.jackson;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON formats and the library's own Jackson factory and mapper, with input limits set for plan
 * tables (not globally; the CSV readers use the same limits, a string being one cell): numbers of
 * at most 120 characters, nesting of at most 32 levels, strings of at most 1,000,000 characters,
 * names of at most 256, documents of at most 4 GiB. A name given twice in one object is an error,
 * never a value silently replaced.
 *
 * <pre>{@code
 * JsonMapper mapper = PlanningJson.mapper();       // with PlanningModule, limits, plain decimals
 * String json = mapper.writeValueAsString(plan);
 * }</pre>
 */
public final class PlanningJson {

  /** The format name of a plan document. */
  public static final String PLAN_FORMAT = "planning-plan/1";

  /** The format name of an observation series document. */
  public static final String OBSERVATIONS_FORMAT = "planning-observations/1";

  /** The limits of the library's parsers. */
  public static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder()
          .maxNumberLength(120)
          .maxNestingDepth(32)
          .maxStringLength(1_000_000)
          .maxNameLength(256)
          .maxDocumentLength(4L << 30)
          .build();

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(LIMITS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private static final JsonMapper MAPPER =
      JsonMapper.builder(FACTORY).addModule(new PlanningModule()).build();

  private PlanningJson() {}

  /**
   * The factory with the library's limits; decimals are written plain ({@code 1000}, not {@code
   * 1E+3}).
   */
  public static JsonFactory factory() {
    return FACTORY;
  }

  /** A mapper on {@link #factory()} with the {@link PlanningModule}. */
  public static JsonMapper mapper() {
    return MAPPER;
  }
}

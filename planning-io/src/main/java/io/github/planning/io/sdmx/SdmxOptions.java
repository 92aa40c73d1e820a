package io.github.planning.io.sdmx;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The data structure a plan's SDMX-CSV refers to, and the area it is written for.
 *
 * <pre>{@code
 * SdmxOptions.defaults();                              // PLANNING:DSD_PLAN(1.0.0), the plan's region
 * SdmxOptions.defaults().withArea("330502");            // the area's division code instead
 * SdmxOptions.defaults().withStructure("HZTJ", "DSD_PLAN", "1.1.0");
 * }</pre>
 *
 * @param agency the maintenance agency of the structure, an SDMX id
 * @param structureId the data structure definition's id
 * @param version the structure's version, such as {@code 1.0.0}
 * @param area the value of {@code REF_AREA}; when empty, the plan's region (or {@code _Z})
 */
public record SdmxOptions(
    String agency, String structureId, String version, Optional<String> area) {

  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_@$-]*");
  private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+){0,2}");

  /** Checks the ids. */
  public SdmxOptions {
    requireNonNull(agency, "agency");
    requireNonNull(structureId, "structureId");
    requireNonNull(version, "version");
    requireNonNull(area, "area");
    checkArgument(ID.matcher(agency).matches(), "agency '%s' is not an SDMX id", agency);
    checkArgument(
        ID.matcher(structureId).matches(), "structureId '%s' is not an SDMX id", structureId);
    checkArgument(VERSION.matcher(version).matches(), "version '%s' is not like 1.0.0", version);
    area.ifPresent(a -> checkArgument(!a.isBlank(), "area must not be blank"));
  }

  /** The library's own structure {@code PLANNING:DSD_PLAN(1.0.0)}, the area from the plan. */
  public static SdmxOptions defaults() {
    return new SdmxOptions("PLANNING", "DSD_PLAN", "1.0.0", Optional.empty());
  }

  /** A copy that writes {@code area} as {@code REF_AREA}. */
  public SdmxOptions withArea(String area) {
    return new SdmxOptions(agency, structureId, version, Optional.of(area));
  }

  /** A copy that refers to another structure. */
  public SdmxOptions withStructure(String agency, String structureId, String version) {
    return new SdmxOptions(agency, structureId, version, area);
  }

  /** The reference written in {@code STRUCTURE_ID}: {@code PLANNING:DSD_PLAN(1.0.0)}. */
  public String structureReference() {
    return agency + ":" + structureId + "(" + version + ")";
  }
}

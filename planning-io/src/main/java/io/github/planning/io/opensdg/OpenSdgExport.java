package io.github.planning.io.opensdg;

import java.util.List;
import java.util.Map;

/**
 * What {@link OpenSdgWriter} wrote: the indicators with a data and a metadata file, and the rows it
 * wrote none for, each with the reason.
 *
 * <pre>{@code
 * OpenSdgExport export = OpenSdgWriter.write(plan, observations, Path.of("site"));
 * export.written();   // [1-2-01, 1-2-02, …]
 * export.skipped();   // {1-2-03=no figures: neither a base value nor observations, …}
 * }</pre>
 *
 * @param written the codes of the indicators written, in plan order
 * @param skipped the codes of the rows not written, with why, in plan order
 * @param withoutProgress the codes written whose progress an Open SDG site is told not to compute,
 *     with why (a cumulative or assigned target, which its measure does not know)
 */
public record OpenSdgExport(
    List<String> written, Map<String, String> skipped, Map<String, String> withoutProgress) {

  /** Copies the collections. */
  public OpenSdgExport {
    written = List.copyOf(written);
    skipped = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(skipped));
    withoutProgress =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(withoutProgress));
  }
}

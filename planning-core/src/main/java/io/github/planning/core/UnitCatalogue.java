package io.github.planning.core;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The units, dimensions and prefixes of {@code units.txt}, the catalogue {@link Unit} reads: a line
 * {@code unit | 亩 | area | 10000/15 | 市亩 | source} makes {@code 亩} and {@code 市亩} units of area
 * worth {@code 10000/15} 平方米. The file's header explains its format.
 */
final class UnitCatalogue {

  /** A unit of the catalogue: {@code 亩}, of dimension {@code area}, worth 10000/15 of its base. */
  record Entry(String symbol, String dimension, Fraction factor) {}

  /** A dimension: its phrase ("an area") and its noun ("area"), {@code {}} for the qualifier. */
  record Dimension(String name, String phrase, String noun) {}

  static final UnitCatalogue STANDARD = load("units.txt");

  private final Map<String, Integer> prefixes;
  private final Map<String, Dimension> dimensions;
  private final Map<String, Entry> units;

  private UnitCatalogue(
      Map<String, Integer> prefixes, Map<String, Dimension> dimensions, Map<String, Entry> units) {
    this.prefixes = prefixes;
    this.dimensions = dimensions;
    this.units = units;
  }

  /** The unit written {@code symbol} (its symbol or an alias), or null. */
  @Nullable Entry unit(String symbol) {
    return units.get(symbol);
  }

  /** The power of ten of a prefix ({@code 4} for {@code 万}), or null. */
  @Nullable Integer prefix(String text) {
    return prefixes.get(text);
  }

  /** The dimension named in {@code key}, the part before any {@code :} qualifier. */
  @Nullable Dimension dimension(String key) {
    int colon = key.indexOf(':');
    return dimensions.get(colon < 0 ? key : key.substring(0, colon));
  }

  static UnitCatalogue load(String resource) {
    try (InputStream in = UnitCatalogue.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the unit catalogue " + resource + " is missing");
      }
      return read(new BufferedReader(new InputStreamReader(in, UTF_8)), resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static UnitCatalogue read(BufferedReader reader, String source) throws IOException {
    Map<String, Integer> prefixes = new HashMap<>();
    Map<String, Dimension> dimensions = new HashMap<>();
    Map<String, Entry> units = new HashMap<>();
    Splitter fields = Splitter.on('|').trimResults();
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      String content = line.strip();
      if (content.isEmpty() || content.startsWith("#")) {
        continue;
      }
      List<String> f = fields.splitToList(content);
      String place = source + ":" + lineNumber + ": ";
      try {
        switch (f.get(0)) {
          case "prefix" -> put(prefixes, f.get(1), Integer.valueOf(f.get(2)));
          case "dimension" ->
              put(dimensions, f.get(1), new Dimension(f.get(1), f.get(3), f.get(4)));
          case "unit" -> {
            Entry entry = new Entry(f.get(1), f.get(2), Fraction.parse(f.get(3)));
            if (!dimensions.containsKey(entry.dimension().split(":", 2)[0])) {
              throw new IllegalArgumentException("unknown dimension '" + entry.dimension() + "'");
            }
            put(units, entry.symbol(), entry);
            for (String alias : Splitter.on(' ').omitEmptyStrings().split(f.get(4))) {
              put(units, alias, entry);
            }
          }
          default -> throw new IllegalArgumentException("expected prefix, dimension or unit");
        }
      } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
        throw new IllegalStateException(place + "'" + content + "': " + e.getMessage(), e);
      }
    }
    return new UnitCatalogue(
        ImmutableMap.copyOf(prefixes), ImmutableMap.copyOf(dimensions), ImmutableMap.copyOf(units));
  }

  private static <T> void put(Map<String, T> map, String key, T value) {
    if (key.isEmpty() || map.putIfAbsent(key, value) != null) {
      throw new IllegalArgumentException("'" + key + "' is empty or given twice");
    }
  }
}

package org.ehelp.application.imports;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.ehelp.domain.error.InvalidInputException;

/**
 * How the columns of a CSV file become the fields of requests, read from a properties text:
 *
 * <ul>
 *   <li>{@code source} (text, required): a short name of the file's origin, part of each imported
 *       request's external reference;
 *   <li>{@code column.<field>}: the CSV column of a field, or several joined by {@code +} whose
 *       values are joined the same way ({@code urgency+impact} gives {@code 3+4});
 *   <li>{@code value.<field>.<source value>}: the eHelp value for a source value; when a field has
 *       value entries, a source value without one is an error;
 *   <li>{@code default.<field>}: the value of an empty cell; {@code @other} takes the field {@code
 *       other} of the same row, cut to the field's length;
 *   <li>{@code spread.<field>}: for a field without a column, values dealt out over the rows, each
 *       optionally weighted ({@code CLOSED:70,SUBMITTED:8}); for {@code createdAt}, an ISO-8601
 *       period such as {@code P365D} over which creation dates are spread back from the import.
 * </ul>
 *
 * Fields: title, description, category, priority, requester, technician, state, createdAt.
 */
public final class ImportMapping {

  /** The request fields a mapping can fill. */
  public static final Set<String> FIELDS =
      Set.of(
          "title",
          "description",
          "category",
          "priority",
          "requester",
          "technician",
          "state",
          "createdAt");

  private final String source;
  private final Map<String, List<String>> columns = new HashMap<>();
  private final Map<String, Map<String, String>> values = new HashMap<>();
  private final Map<String, String> defaults = new HashMap<>();
  private final Map<String, List<String>> spreads = new HashMap<>();

  private ImportMapping(Properties properties) {
    this.source = properties.getProperty("source", "").strip();
    if (source.isEmpty() || !source.matches("[A-Za-z0-9_-]{1,40}")) {
      throw invalid("source must be 1 to 40 letters, digits, _ or -");
    }
    for (String name : properties.stringPropertyNames()) {
      String value = properties.getProperty(name).strip();
      if (name.equals("source")) {
        continue;
      }
      String[] parts = name.split("\\.", 3);
      if (parts.length < 2 || !FIELDS.contains(parts[1])) {
        throw invalid("unknown key " + name);
      }
      String field = parts[1];
      switch (parts[0]) {
        case "column" -> columns.put(field, List.of(value.split("\\+")));
        case "value" -> {
          if (parts.length < 3) {
            throw invalid("the key " + name + " lacks the source value");
          }
          values.computeIfAbsent(field, f -> new HashMap<>()).put(parts[2], value);
        }
        case "default" -> defaults.put(field, value);
        case "spread" -> spreads.put(field, weighted(name, value));
        default -> throw invalid("unknown key " + name);
      }
    }
    for (String required : List.of("title", "description")) {
      if (!columns.containsKey(required)) {
        throw invalid("column." + required + " is required");
      }
    }
    if (!columns.containsKey("requester") && !spreads.containsKey("requester")) {
      throw invalid("either column.requester or spread.requester is required");
    }
  }

  /** Reads a mapping from its properties text. */
  public static ImportMapping parse(String text) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text == null ? "" : text));
    } catch (IOException | IllegalArgumentException e) {
      throw invalid("unreadable properties: " + e.getMessage());
    }
    return new ImportMapping(properties);
  }

  public String source() {
    return source;
  }

  /** Returns the CSV columns the mapping reads, to check them against the file's header. */
  public List<String> columnsRead() {
    List<String> all = new ArrayList<>();
    columns.values().forEach(all::addAll);
    return all;
  }

  /**
   * Returns the raw value of a field in a row before translation: the joined column values, the
   * default, or the spread value for this row.
   */
  public Optional<String> raw(String field, Map<String, String> row, int rowNumber) {
    List<String> names = columns.get(field);
    if (names != null) {
      String joined = String.join("+", names.stream().map(n -> row.getOrDefault(n, "")).toList());
      boolean empty = names.stream().allMatch(n -> row.getOrDefault(n, "").isBlank());
      if (!empty) {
        return Optional.of(joined.strip());
      }
    }
    String fallback = defaults.get(field);
    if (fallback != null) {
      return Optional.of(fallback);
    }
    List<String> spread = spreads.get(field);
    if (spread != null && names == null && !field.equals("createdAt")) {
      return Optional.of(spread.get(Math.floorMod(scramble(rowNumber), spread.size())));
    }
    return Optional.empty();
  }

  /**
   * Translates a raw value through the field's value table.
   *
   * @return the translated value, or empty when the field has a table that lacks the value
   */
  public Optional<String> translate(String field, String raw) {
    Map<String, String> table = values.get(field);
    if (table == null) {
      return Optional.of(raw);
    }
    return Optional.ofNullable(table.get(raw));
  }

  /** Returns how far back creation dates are spread, if they are. */
  public Optional<Duration> createdAtSpread() {
    List<String> spread = spreads.get("createdAt");
    if (spread == null || spread.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(parsePeriod(spread.get(0)));
  }

  /** Returns a row's position in {@code [0, 1)}, stable for a row number and spread evenly. */
  public static double position(int rowNumber) {
    return Math.floorMod(scramble(rowNumber), 10_007) / 10_007.0;
  }

  private static Duration parsePeriod(String text) {
    try {
      return Duration.ofDays(Period.parse(text).getDays());
    } catch (RuntimeException e) {
      throw invalid("spread.createdAt must be a period of days such as P365D, not " + text);
    }
  }

  private static int scramble(int rowNumber) {
    // A multiplicative hash spreads consecutive rows over the whole range, so that adjacent rows
    // of a file do not all get the same requester or state.
    return rowNumber * 0x9E3779B1 >>> 1;
  }

  private static List<String> weighted(String key, String text) {
    List<String> dealt = new ArrayList<>();
    for (String item : text.split(",")) {
      String[] parts = item.strip().split(":", 2);
      if (parts[0].isBlank()) {
        throw invalid("empty value in " + key);
      }
      int weight;
      try {
        weight = parts.length == 2 ? Integer.parseInt(parts[1].strip()) : 1;
      } catch (NumberFormatException e) {
        throw invalid("the weight of " + parts[0] + " in " + key + " is not a number");
      }
      if (weight < 1 || weight > 1000) {
        throw invalid("the weight of " + parts[0] + " in " + key + " must be 1 to 1000");
      }
      for (int i = 0; i < weight; i++) {
        dealt.add(parts[0].strip());
      }
    }
    return dealt;
  }

  private static InvalidInputException invalid(String detail) {
    return new InvalidInputException("EH-IMPORT-400", "error.import.mapping", detail);
  }
}

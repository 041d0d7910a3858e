package org.ehelp.domain.model.mail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The header fields of a message, unfolded and with RFC 2047 encoded words decoded, looked up by
 * name without regard to case. Fields keep the order in which they appear.
 */
public final class MailHeaders {

  private final Map<String, List<String>> fields;

  private MailHeaders(Map<String, List<String>> fields) {
    this.fields = fields;
  }

  /** Starts an empty set of fields to add to. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the first value of the field, if the message has it. */
  public Optional<String> first(String name) {
    List<String> values = all(name);
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Returns every value of the field, in order, or an empty list. */
  public List<String> all(String name) {
    return fields.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  public boolean has(String name) {
    return fields.containsKey(name.toLowerCase(Locale.ROOT));
  }

  /** Returns the lower-case names of the fields present. */
  public List<String> names() {
    return List.copyOf(fields.keySet());
  }

  /** Collects header fields in the order they are added. */
  public static final class Builder {
    private final Map<String, List<String>> fields = new LinkedHashMap<>();

    public Builder add(String name, String value) {
      fields
          .computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>())
          .add(value == null ? "" : value);
      return this;
    }

    public MailHeaders build() {
      Map<String, List<String>> copy = new LinkedHashMap<>();
      fields.forEach((name, values) -> copy.put(name, List.copyOf(values)));
      return new MailHeaders(Collections.unmodifiableMap(copy));
    }
  }
}

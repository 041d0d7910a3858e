package org.ehelp.search;

import java.util.List;

/**
 * A passage of a hit's text around the words that matched. The parts are plain text, never markup:
 * a caller escapes each part and marks the highlighted ones in its own way.
 */
public record Snippet(String field, List<Part> parts) {

  public Snippet {
    parts = List.copyOf(parts);
  }

  /** Returns the passage as plain text. */
  public String text() {
    StringBuilder text = new StringBuilder();
    parts.forEach(p -> text.append(p.text()));
    return text.toString();
  }

  /** A piece of the passage; {@code highlighted} when it matched the query. */
  public record Part(String text, boolean highlighted) {}
}

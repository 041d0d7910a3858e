package org.ehelp.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One document found, with the passages that matched. */
public record SearchHit(
    String type,
    String id,
    String title,
    Instant date,
    Map<String, String> facets,
    List<Snippet> snippets,
    float score) {

  public SearchHit {
    facets = Map.copyOf(facets);
    snippets = List.copyOf(snippets);
  }
}

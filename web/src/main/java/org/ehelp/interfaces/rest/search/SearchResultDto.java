package org.ehelp.interfaces.rest.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One page of search results, with facet counts over every match. */
public record SearchResultDto(
    long total, int page, int size, List<HitDto> hits, Map<String, List<FacetDto>> facets) {

  /** A document found; each snippet is a list of parts, highlighted where the query matched. */
  public record HitDto(
      String type,
      String id,
      String title,
      Instant date,
      Map<String, String> facets,
      List<SnippetDto> snippets) {}

  /**
   * A passage of the field {@code title}, {@code body} or {@code restricted} (internal notes, shown
   * to staff only).
   */
  public record SnippetDto(String field, List<PartDto> parts) {}

  /** Plain text; {@code highlighted} when it matched. */
  public record PartDto(String text, boolean highlighted) {}

  /** A facet value and the number of matches that have it. */
  public record FacetDto(String value, long count) {}
}

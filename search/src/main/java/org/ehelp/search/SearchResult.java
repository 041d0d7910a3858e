package org.ehelp.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results.
 *
 * @param total every document the reader may see that matched, not only this page
 * @param hits the page's hits
 * @param facets for each dimension, the values found among all matches, most frequent first
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {

  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}

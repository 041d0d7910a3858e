package org.ehelp.interfaces.rest.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ehelp.interfaces.rest.search.SearchResultDto.FacetDto;
import org.ehelp.interfaces.rest.search.SearchResultDto.HitDto;
import org.ehelp.interfaces.rest.search.SearchResultDto.PartDto;
import org.ehelp.interfaces.rest.search.SearchResultDto.SnippetDto;
import org.ehelp.search.SearchHit;
import org.ehelp.search.SearchResult;
import org.ehelp.search.Snippet;

/** Maps search results to their DTOs. */
final class SearchMapper {

  private SearchMapper() {}

  static SearchResultDto toDto(SearchResult result, int page, int size) {
    Map<String, List<FacetDto>> facets = new LinkedHashMap<>();
    result
        .facets()
        .forEach(
            (dimension, counts) ->
                facets.put(
                    dimension,
                    counts.stream().map(c -> new FacetDto(c.value(), c.count())).toList()));
    List<HitDto> hits = result.hits().stream().map(SearchMapper::hit).toList();
    return new SearchResultDto(result.total(), page, size, hits, facets);
  }

  private static HitDto hit(SearchHit hit) {
    return new HitDto(
        hit.type(),
        hit.id(),
        hit.title(),
        hit.date(),
        hit.facets(),
        hit.snippets().stream().map(SearchMapper::snippet).toList());
  }

  private static SnippetDto snippet(Snippet snippet) {
    return new SnippetDto(
        snippet.field(),
        snippet.parts().stream().map(p -> new PartDto(p.text(), p.highlighted())).toList());
  }
}

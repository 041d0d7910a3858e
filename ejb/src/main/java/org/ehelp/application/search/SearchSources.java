package org.ehelp.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.ehelp.search.SearchDocument;

/**
 * Every kind of searchable document: the {@link SearchSource} beans, read from the database, and
 * the documents other modules supply whole (the user guide's pages, from files of the web module).
 * Supplied documents are kept in memory, because each instance supplies them again when it starts.
 */
@ApplicationScoped
public class SearchSources {

  @Inject @Any private Instance<SearchSource> sources;

  private final Map<String, Map<String, SearchDocument>> supplied = new ConcurrentHashMap<>();

  /** Replaces the supplied documents of {@code type} with {@code documents}. */
  public void supply(String type, Collection<SearchDocument> documents) {
    supplied.put(
        type,
        documents.stream()
            .collect(Collectors.toUnmodifiableMap(SearchDocument::id, d -> d, (a, b) -> b)));
  }

  /** Returns the supplied documents of {@code type}; empty when none were supplied. */
  public Collection<SearchDocument> supplied(String type) {
    return supplied.getOrDefault(type, Map.of()).values();
  }

  public Collection<String> suppliedTypes() {
    return List.copyOf(supplied.keySet());
  }

  public Optional<SearchSource> find(String type) {
    return sources.stream().filter(s -> s.type().equals(type)).findFirst();
  }

  public List<SearchSource> all() {
    return new ArrayList<>(sources.stream().toList());
  }

  /** Loads a document: from its source, else from the supplied ones; empty when it is gone. */
  public Optional<SearchDocument> load(String type, String id) {
    Optional<SearchSource> source = find(type);
    if (source.isPresent()) {
      return source.get().load(id);
    }
    return Optional.ofNullable(supplied.getOrDefault(type, Map.of()).get(id));
  }
}

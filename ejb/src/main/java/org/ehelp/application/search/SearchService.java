package org.ehelp.application.search;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.ehelp.application.CurrentUser;
import org.ehelp.domain.model.person.Person;
import org.ehelp.infrastructure.search.SearchIndexer;
import org.ehelp.search.SearchDocument;
import org.ehelp.search.SearchQuery;
import org.ehelp.search.SearchResult;
import org.ehelp.search.SearchSort;

/**
 * Full-text search for the caller: the query runs with the caller's access keys, so hits, counts
 * and snippets cover only what the caller may read, and internal notes only for staff.
 */
@Stateless
public class SearchService {

  /** The largest page size a caller may ask for. */
  public static final int MAX_PAGE_SIZE = 100;

  @Inject private CurrentUser currentUser;

  @Inject private SearchIndexer indexer;

  @Inject private SearchSources sources;

  /**
   * Searches as the caller.
   *
   * @param types document types to search, empty for all
   * @param filters facet values per dimension
   * @param page the page, from 0
   * @param size hits per page, from 1 to {@link #MAX_PAGE_SIZE}
   */
  public SearchResult search(
      String text,
      Set<String> types,
      Map<String, Set<String>> filters,
      SearchSort sort,
      int page,
      int size) {
    Person reader = currentUser.require();
    SearchQuery query =
        new SearchQuery(
            text,
            types,
            filters,
            SearchReaders.keysOf(reader),
            reader.isStaff(),
            sort,
            Math.max(page, 0),
            Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
    return indexer.search(query);
  }

  /**
   * Finds up to {@code size} documents matching any of the words of {@code text}, best first, as
   * the caller: for suggestions drawn from a long text such as a request's description.
   */
  public SearchResult suggest(
      String text, Set<String> types, Map<String, Set<String>> filters, int size) {
    Person reader = currentUser.require();
    return indexer.search(
        new SearchQuery(
            text,
            types,
            filters,
            SearchReaders.keysOf(reader),
            reader.isStaff(),
            SearchSort.RELEVANCE,
            0,
            Math.min(Math.max(size, 1), MAX_PAGE_SIZE),
            true));
  }

  /** Starts a rebuild of this instance's index in the background (admins only). */
  public void rebuild() {
    currentUser.requireAdmin();
    indexer.rebuildInBackground();
  }

  /** The state of this instance's index (admins only). */
  public SearchIndexer.Status status() {
    currentUser.requireAdmin();
    return indexer.status();
  }

  /**
   * Replaces the documents of {@code type} that a module supplies whole, such as the user guide's
   * pages, and indexes them at once. Each instance calls it when it starts, since the documents are
   * kept in memory; rebuilds include them.
   */
  public void supply(String type, Collection<SearchDocument> documents) {
    sources.supply(type, documents);
    indexer.applySupplied(type);
  }
}

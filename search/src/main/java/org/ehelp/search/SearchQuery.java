package org.ehelp.search;

import java.util.Map;
import java.util.Set;

/**
 * What a reader looks for, and with which rights.
 *
 * @param text the words typed: plain words, {@code "quoted phrases"}, {@code -excluded} words,
 *     request numbers such as {@code EH-1042} and e-mail addresses; the last word also matches as a
 *     prefix, and words of four letters or more tolerate a typo
 * @param types the document types to search; empty for all
 * @param filters facet values the hits must have: a hit matches when, for each dimension, its value
 *     is one of those given
 * @param readerKeys the access keys the reader holds; a document whose readers meet none of them is
 *     never found, counted or quoted
 * @param staff whether the reader may search restricted text (internal notes)
 * @param sort the order of the hits
 * @param page the page wanted, from 0
 * @param size hits per page, at least 1
 * @param matchAny whether one matching word is enough, with documents that match more words ranked
 *     higher; suggestions drawn from a long text use it. Otherwise every word must match
 */
public record SearchQuery(
    String text,
    Set<String> types,
    Map<String, Set<String>> filters,
    Set<String> readerKeys,
    boolean staff,
    SearchSort sort,
    int page,
    int size,
    boolean matchAny) {

  public SearchQuery {
    text = text == null ? "" : text;
    types = types == null ? Set.of() : Set.copyOf(types);
    filters = filters == null ? Map.of() : Map.copyOf(filters);
    readerKeys = readerKeys == null ? Set.of() : Set.copyOf(readerKeys);
    sort = sort == null ? SearchSort.RELEVANCE : sort;
    if (page < 0) {
      throw new IllegalArgumentException("page must be 0 or more, was " + page);
    }
    if (size < 1) {
      throw new IllegalArgumentException("size must be 1 or more, was " + size);
    }
  }

  /** A query in which every word must match. */
  public SearchQuery(
      String text,
      Set<String> types,
      Map<String, Set<String>> filters,
      Set<String> readerKeys,
      boolean staff,
      SearchSort sort,
      int page,
      int size) {
    this(text, types, filters, readerKeys, staff, sort, page, size, false);
  }
}

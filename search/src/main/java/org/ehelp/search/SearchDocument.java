package org.ehelp.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One searchable thing (a request, an article, a guide page) as the index stores it.
 *
 * @param type the kind of document, such as {@code REQUEST}; with {@code id} it is the key
 * @param id the document's identifier within its type
 * @param title the short text shown as the hit's heading and weighted above the body
 * @param body text every reader of the document may see
 * @param restricted text only staff may search and see in snippets, such as internal notes
 * @param exact values matched whole and case-insensitively: request numbers, e-mail addresses
 * @param facets one value per facet dimension ({@code state}, {@code category}...), shown as counts
 *     and usable as filters
 * @param date the instant the document sorts by when results are sorted by date
 * @param readers access keys: a reader who holds one of them may find the document
 */
public record SearchDocument(
    String type,
    String id,
    String title,
    String body,
    String restricted,
    List<String> exact,
    Map<String, String> facets,
    Instant date,
    Set<String> readers) {

  public SearchDocument {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    body = body == null ? "" : body;
    restricted = restricted == null ? "" : restricted;
    exact = exact == null ? List.of() : List.copyOf(exact);
    facets = facets == null ? Map.of() : Map.copyOf(facets);
    date = date == null ? Instant.EPOCH : date;
    readers = readers == null ? Set.of() : Set.copyOf(readers);
  }

  /** The key that identifies this document in the index: {@code TYPE:id}. */
  public String key() {
    return keyOf(type, id);
  }

  public static String keyOf(String type, String id) {
    return type + ":" + id;
  }
}

package org.ehelp.infrastructure.search;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.ehelp.application.search.SearchSources;
import org.ehelp.search.IndexChange;
import org.ehelp.search.SearchDocument;

/** Loads documents for the indexer, each batch in a read transaction of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SearchDocumentLoader {

  @Inject private SearchSources sources;

  /** Returns, for each key, the document to write, or its removal when it no longer exists. */
  public List<IndexChange> changesFor(Collection<DocumentKey> keys) {
    List<IndexChange> changes = new ArrayList<>();
    for (DocumentKey key : keys) {
      changes.add(
          sources
              .load(key.type(), key.id())
              .map(IndexChange::put)
              .orElseGet(() -> IndexChange.remove(key.type(), key.id())));
    }
    return changes;
  }

  /** Returns the documents of {@code type} with these ids that still exist. */
  public List<SearchDocument> documents(String type, List<String> ids) {
    List<SearchDocument> documents = new ArrayList<>();
    for (String id : ids) {
      sources.load(type, id).ifPresent(documents::add);
    }
    return documents;
  }

  /** Lists the ids of a source's documents. */
  public List<String> ids(String type) {
    return sources.find(type).map(s -> s.ids()).orElse(List.of());
  }

  /** A document's type and id. */
  public record DocumentKey(String type, String id) {}
}

package org.ehelp.infrastructure.search;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.ehelp.application.search.SearchSource;
import org.ehelp.application.search.SearchSources;
import org.ehelp.search.SearchDocument;

/**
 * Every document of every source, loaded in batches so that a rebuild holds one batch in memory and
 * reads each in a short transaction.
 */
final class RebuildDocuments implements Iterator<SearchDocument> {

  private final SearchDocumentLoader loader;
  private final int batch;
  private final Deque<Pending> pending = new ArrayDeque<>();
  private final Deque<SearchDocument> loaded = new ArrayDeque<>();

  RebuildDocuments(SearchDocumentLoader loader, SearchSources sources, int batch) {
    this.loader = loader;
    this.batch = batch;
    for (SearchSource source : sources.all()) {
      pending.add(new Pending(source.type(), loader.ids(source.type())));
    }
    for (String type : sources.suppliedTypes()) {
      loaded.addAll(sources.supplied(type));
    }
  }

  @Override
  public boolean hasNext() {
    while (loaded.isEmpty() && !pending.isEmpty()) {
      Pending next = pending.peek();
      int end = Math.min(next.offset + batch, next.ids.size());
      loaded.addAll(loader.documents(next.type, next.ids.subList(next.offset, end)));
      next.offset = end;
      if (end == next.ids.size()) {
        pending.remove();
      }
    }
    return !loaded.isEmpty();
  }

  @Override
  public SearchDocument next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return loaded.poll();
  }

  private static final class Pending {
    final String type;
    final List<String> ids;
    int offset;

    Pending(String type, List<String> ids) {
      this.type = type;
      this.ids = ids;
    }
  }
}

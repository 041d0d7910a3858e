package org.ehelp.search.impl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.ehelp.search.IndexChange;
import org.ehelp.search.SearchDocument;
import org.ehelp.search.SearchIndex;
import org.ehelp.search.SearchIndexException;
import org.ehelp.search.SearchQuery;
import org.ehelp.search.SearchResult;

/**
 * The accessor that owns the index: its directories ({@code gen-1}, {@code gen-2}... under the
 * root, the highest being current), the writer, the searcher manager, rebuilds and closing.
 */
public final class LuceneSearchIndex implements SearchIndex {

  private static final Logger LOG = Logger.getLogger(LuceneSearchIndex.class.getName());
  private static final Pattern GENERATION = Pattern.compile("gen-(\\d+)");
  private static final int REBUILD_COMMIT_EVERY = 10_000;
  private static final Duration COMMIT_EVERY = Duration.ofSeconds(5);

  private final Path root;
  private final Duration commitEvery;
  private final Analyzer analyzer = new TextAnalyzer();
  private final Searching searching = new Searching(analyzer);
  private final Object writeLock = new Object();
  private final AtomicBoolean rebuilding = new AtomicBoolean();
  private volatile IndexGeneration current;

  private LuceneSearchIndex(Path root, Duration commitEvery) {
    this.root = root;
    this.commitEvery = commitEvery;
  }

  public static LuceneSearchIndex open(Path root) {
    return open(root, COMMIT_EVERY);
  }

  /**
   * Opens the index under {@code root}. Written changes are committed at most every {@code
   * commitEvery}, and when the index closes.
   */
  static LuceneSearchIndex open(Path root, Duration commitEvery) {
    LuceneSearchIndex index = new LuceneSearchIndex(root, commitEvery);
    try {
      Files.createDirectories(root);
      index.current = index.openNewest();
    } catch (IOException e) {
      throw new SearchIndexException("Cannot create the search index under " + root, e);
    }
    return index;
  }

  /**
   * Opens the newest generation; one that fails to open is logged, deleted and replaced by an empty
   * generation. Older generations are leftovers of rebuilds and are deleted.
   */
  private IndexGeneration openNewest() throws IOException {
    List<Path> generations = generations();
    IndexGeneration opened = null;
    if (!generations.isEmpty()) {
      Path newest = generations.get(0);
      try {
        opened = IndexGeneration.open(newest, analyzer);
      } catch (IOException | RuntimeException e) {
        LOG.log(
            Level.WARNING,
            e,
            () -> "Search index " + newest + " cannot be read; it is replaced by an empty index");
      }
    }
    if (opened == null) {
      opened = IndexGeneration.open(nextGenerationPath(generations), analyzer);
    }
    for (Path old : generations()) {
      if (!old.equals(opened.path)) {
        deleteTree(old);
      }
    }
    return opened;
  }

  /** Generation directories, newest first. */
  private List<Path> generations() throws IOException {
    try (Stream<Path> children = Files.list(root)) {
      return children
          .filter(p -> GENERATION.matcher(p.getFileName().toString()).matches())
          .sorted(Comparator.comparingLong(LuceneSearchIndex::generationOf).reversed())
          .toList();
    }
  }

  private Path nextGenerationPath(List<Path> existing) {
    long next = existing.isEmpty() ? 1 : generationOf(existing.get(0)) + 1;
    return root.resolve("gen-" + next);
  }

  private static long generationOf(Path path) {
    Matcher m = GENERATION.matcher(path.getFileName().toString());
    return m.matches() ? Long.parseLong(m.group(1)) : -1;
  }

  @Override
  public void write(List<IndexChange> changes, long journalId) {
    synchronized (writeLock) {
      IndexGeneration generation = current;
      try {
        for (IndexChange change : changes) {
          Term key = new Term(Fields.KEY, SearchDocument.keyOf(change.type(), change.id()));
          if (change.isRemoval()) {
            generation.writer.deleteDocuments(key);
          } else {
            generation.writer.updateDocument(key, Documents.toLucene(change.document()));
          }
        }
        generation.written(journalId, commitEvery);
      } catch (IOException e) {
        throw new SearchIndexException("Cannot write the search index " + generation.path, e);
      }
    }
  }

  @Override
  public void refresh() {
    IndexGeneration generation = current;
    try {
      generation.searchers.maybeRefreshBlocking();
    } catch (AlreadyClosedException e) {
      // A rebuild replaced the generation, and the new one was refreshed when it was committed.
    } catch (IOException e) {
      throw new SearchIndexException("Cannot refresh the search index " + generation.path, e);
    }
  }

  @Override
  public OptionalLong appliedJournalId() {
    return current.appliedJournalId();
  }

  @Override
  public long rebuild(Iterator<SearchDocument> documents, long journalId) {
    if (!rebuilding.compareAndSet(false, true)) {
      throw new IllegalStateException("A rebuild of the search index is already running");
    }
    IndexGeneration fresh = null;
    try {
      fresh = IndexGeneration.open(nextGenerationPath(generations()), analyzer);
      long count = 0;
      while (documents.hasNext()) {
        SearchDocument document = documents.next();
        fresh.writer.updateDocument(
            new Term(Fields.KEY, document.key()), Documents.toLucene(document));
        if (++count % REBUILD_COMMIT_EVERY == 0) {
          fresh.writer.flush();
        }
      }
      fresh.commit(journalId);
      fresh.searchers.maybeRefreshBlocking();
      swapTo(fresh);
      long built = count;
      LOG.info(() -> "Search index rebuilt with " + built + " documents at journal " + journalId);
      return count;
    } catch (IOException | RuntimeException e) {
      discard(fresh);
      throw e instanceof IOException io
          ? new SearchIndexException("Cannot rebuild the search index under " + root, io)
          : (RuntimeException) e;
    } finally {
      rebuilding.set(false);
    }
  }

  private void swapTo(IndexGeneration fresh) throws IOException {
    IndexGeneration old;
    synchronized (writeLock) {
      old = current;
      current = fresh;
    }
    old.close();
    deleteTree(old.path);
  }

  private void discard(IndexGeneration generation) {
    if (generation == null) {
      return;
    }
    try {
      generation.writer.rollback();
      generation.directory.close();
      deleteTree(generation.path);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, e, () -> "Cannot remove the failed rebuild " + generation.path);
    }
  }

  @Override
  public boolean isRebuilding() {
    return rebuilding.get();
  }

  @Override
  public long size() {
    return current.writer.getDocStats().numDocs;
  }

  @Override
  public SearchResult search(SearchQuery query) {
    try {
      return searchOnce(query);
    } catch (AlreadyClosedException e) {
      // A rebuild replaced the generation between reading `current` and acquiring its searcher.
      return searchOnce(query);
    }
  }

  private SearchResult searchOnce(SearchQuery query) {
    IndexGeneration generation = current;
    try {
      IndexSearcher searcher = generation.searchers.acquire();
      try {
        return searching.search(searcher, query);
      } finally {
        generation.searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new SearchIndexException("Cannot search the index " + generation.path, e);
    }
  }

  @Override
  public void close() {
    synchronized (writeLock) {
      try {
        current.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

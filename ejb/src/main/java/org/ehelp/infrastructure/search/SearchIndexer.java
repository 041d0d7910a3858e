package org.ehelp.infrastructure.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ehelp.application.search.SearchSources;
import org.ehelp.infrastructure.cluster.JobLeases;
import org.ehelp.infrastructure.search.SearchDocumentLoader.DocumentKey;
import org.ehelp.infrastructure.search.SearchJournalReader.JournalRow;
import org.ehelp.search.IndexChange;
import org.ehelp.search.SearchIndex;
import org.ehelp.search.SearchQuery;
import org.ehelp.search.SearchResult;

/**
 * This instance's copy of the search index and the indexer that keeps it current. Every instance
 * has its own copy on its own disk, so the timer that applies the journal is not persistent: each
 * instance must run it, and what it has applied is recorded in the index's commit, so nothing is
 * lost when the instance stops. An index that is new, unreadable or behind what was pruned from the
 * journal is rebuilt from the sources while the old one, if any, keeps serving.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexer {

  /** The name of the pruning job, for its lease. */
  public static final String PRUNE_JOB = "search-journal-prune";

  private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());
  private static final int JOURNAL_BATCH = 500;
  private static final int MAX_BATCHES_PER_TICK = 20;
  private static final int LOAD_BATCH = 200;
  private static final Duration PRUNE_LEASE = Duration.ofMinutes(50);

  @Inject private SearchSettings settings;

  @Inject private SearchJournalReader journal;

  @Inject private SearchDocumentLoader loader;

  @Inject private SearchSources sources;

  @Inject private JobLeases leases;

  private final AtomicBoolean applying = new AtomicBoolean();
  private volatile SearchIndex index;

  @PostConstruct
  void open() {
    try {
      index = SearchIndex.open(settings.directory());
      LOG.info(
          () ->
              "Search index opened in "
                  + settings.directory()
                  + " with "
                  + index.size()
                  + " documents, journal position "
                  + (index.appliedJournalId().isPresent()
                      ? Long.toString(index.appliedJournalId().getAsLong())
                      : "none (it will be rebuilt)"));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Search index cannot be opened; search stays unavailable", e);
    }
  }

  @PreDestroy
  void close() {
    if (index != null) {
      index.close();
    }
  }

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "search-indexer")
  public void tick() {
    if (index == null || !applying.compareAndSet(false, true)) {
      return;
    }
    try {
      OptionalLong applied = index.appliedJournalId();
      if (applied.isEmpty() || applied.getAsLong() < journal.prunedThrough()) {
        if (!index.isRebuilding()) {
          rebuild();
        }
        return;
      }
      catchUp(applied.getAsLong());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Search indexer failed; it retries on the next tick", e);
    } finally {
      applying.set(false);
    }
  }

  /**
   * Applies journal rows after {@code applied} in id order, waiting briefly at a gap, and makes
   * them searchable together at the end.
   */
  private void catchUp(long applied) {
    try {
      writeBatches(applied);
    } finally {
      index.refresh();
    }
  }

  private void writeBatches(long applied) {
    Instant gapDeadline = Instant.now().minus(settings.gapWait());
    for (int batch = 0; batch < MAX_BATCHES_PER_TICK; batch++) {
      List<JournalRow> rows = journal.after(applied, JOURNAL_BATCH);
      List<JournalRow> usable = new ArrayList<>();
      long expected = applied + 1;
      for (JournalRow row : rows) {
        if (row.id() != expected && row.createdAt().isAfter(gapDeadline)) {
          break;
        }
        usable.add(row);
        expected = row.id() + 1;
      }
      if (usable.isEmpty()) {
        return;
      }
      Set<DocumentKey> keys = new LinkedHashSet<>();
      usable.forEach(r -> keys.add(new DocumentKey(r.type(), r.docId())));
      List<IndexChange> changes = loader.changesFor(keys);
      applied = usable.get(usable.size() - 1).id();
      index.write(changes, applied);
      if (usable.size() < rows.size() || rows.size() < JOURNAL_BATCH) {
        return;
      }
    }
  }

  /**
   * Rebuilds the index from every source, in the calling thread; the current index serves searches
   * and takes journal changes until the new one replaces it.
   *
   * @return how many documents the new index holds
   */
  public long rebuild() {
    long from = journal.lastId();
    LOG.info(() -> "Search index rebuild started at journal " + from);
    RebuildDocuments documents = new RebuildDocuments(loader, sources, LOAD_BATCH);
    long count = index.rebuild(documents, from);
    // Documents supplied while the rebuild ran went to the index it replaced: write them again.
    sources.suppliedTypes().forEach(this::applySupplied);
    return count;
  }

  /** Starts a rebuild in the background; does nothing when one is running. */
  @Asynchronous
  public void rebuildInBackground() {
    if (index == null || index.isRebuilding()) {
      return;
    }
    try {
      rebuild();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Search index rebuild failed; the current index keeps serving", e);
    }
  }

  /** Writes the supplied documents of {@code type} now, without waiting for the journal. */
  public void applySupplied(String type) {
    if (index == null) {
      return;
    }
    List<IndexChange> changes = sources.supplied(type).stream().map(IndexChange::put).toList();
    OptionalLong applied = index.appliedJournalId();
    if (applied.isPresent()) {
      index.apply(changes, applied.getAsLong());
    }
  }

  @Schedule(minute = "17", hour = "*", persistent = true, info = PRUNE_JOB)
  public void prune() {
    if (leases.acquire(PRUNE_JOB, PRUNE_LEASE)) {
      int deleted = journal.prune(Instant.now().minus(settings.retention()));
      LOG.fine(() -> "Pruned " + deleted + " search journal rows");
    }
  }

  public SearchResult search(SearchQuery query) {
    if (index == null) {
      return new SearchResult(0, List.of(), java.util.Map.of());
    }
    return index.search(query);
  }

  public Status status() {
    if (index == null) {
      return new Status(false, 0, OptionalLong.empty(), false);
    }
    return new Status(true, index.size(), index.appliedJournalId(), index.isRebuilding());
  }

  /** What the index holds now. */
  public record Status(boolean open, long documents, OptionalLong journalId, boolean rebuilding) {}
}

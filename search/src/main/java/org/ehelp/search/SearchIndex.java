package org.ehelp.search;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import org.ehelp.search.impl.LuceneSearchIndex;

/**
 * A full-text index kept in a directory of its own, with the position of the change journal it
 * reflects. One instance owns the directory: it writes, commits, refreshes, rebuilds and closes.
 * Every method is safe to call from several threads.
 */
public interface SearchIndex extends AutoCloseable {

  /**
   * Opens the index under {@code root}, creating it when missing. An index that cannot be read
   * (corrupt, half-written, of another format) is deleted and replaced by an empty one, and {@link
   * #appliedJournalId()} is then empty, which tells the caller to rebuild it.
   */
  static SearchIndex open(Path root) {
    return LuceneSearchIndex.open(root);
  }

  /**
   * Writes changes, records {@code journalId} as applied and makes the changes searchable: {@link
   * #write} then {@link #refresh}.
   */
  default void apply(List<IndexChange> changes, long journalId) {
    write(changes, journalId);
    refresh();
  }

  /**
   * Writes changes and records {@code journalId} as applied; they become searchable on the next
   * {@link #refresh()}. They are committed to disk with their position every few seconds and on
   * {@link #close()}, so a crash leaves the index as of an earlier position, which {@link
   * #appliedJournalId()} then reports: applying the journal again from there brings it back.
   */
  void write(List<IndexChange> changes, long journalId);

  /** Makes everything written so far searchable. */
  void refresh();

  /** The last journal position applied; empty for a new or replaced index. */
  OptionalLong appliedJournalId();

  /**
   * Builds a new index from {@code documents} beside the current one, which keeps serving searches
   * until the new one is complete; then the new one replaces it and records {@code journalId}.
   * Changes applied to the old index meanwhile are lost, so the caller applies the journal again
   * from {@code journalId}.
   *
   * @return how many documents the new index holds
   */
  long rebuild(Iterator<SearchDocument> documents, long journalId);

  /** Whether a rebuild is running. */
  boolean isRebuilding();

  /** Number of documents in the index. */
  long size();

  SearchResult search(SearchQuery query);

  @Override
  void close();
}

package org.ehelp.search.impl;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One directory of the index, with its writer and the searcher manager that reads it near real
 * time. A rebuild writes a new generation beside the current one.
 */
final class IndexGeneration implements AutoCloseable {

  static final String JOURNAL_KEY = "journal";

  final Path path;
  final Directory directory;
  final IndexWriter writer;
  final SearcherManager searchers;
  private volatile OptionalLong appliedJournalId;
  private OptionalLong committedJournalId;
  private long committedAt = System.nanoTime();

  private IndexGeneration(Path path, Directory directory, IndexWriter writer, OptionalLong applied)
      throws IOException {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, null);
    this.appliedJournalId = applied;
    this.committedJournalId = applied;
  }

  /**
   * Opens the index in {@code path}, creating an empty one there when none exists. Opening a reader
   * checks the segment files' headers and checksums, so a damaged index fails here.
   */
  static IndexGeneration open(Path path, Analyzer analyzer) throws IOException {
    Directory directory = FSDirectory.open(path);
    IndexWriter writer = null;
    try {
      OptionalLong applied = OptionalLong.empty();
      if (DirectoryReader.indexExists(directory)) {
        Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
        if (data.containsKey(JOURNAL_KEY)) {
          applied = OptionalLong.of(Long.parseLong(data.get(JOURNAL_KEY)));
        }
        try (DirectoryReader check = DirectoryReader.open(directory)) {
          check.numDocs();
        }
      }
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setOpenMode(OpenMode.CREATE_OR_APPEND);
      writer = new IndexWriter(directory, config);
      return new IndexGeneration(path, directory, writer, applied);
    } catch (IOException | RuntimeException e) {
      if (writer != null) {
        writer.rollback();
      }
      directory.close();
      throw e;
    }
  }

  OptionalLong appliedJournalId() {
    return appliedJournalId;
  }

  /**
   * Records {@code journalId} as the position of what was written, and commits it when the last
   * commit is older than {@code commitEvery}. Between commits a crash loses only what the journal
   * still holds: the commit records the position its content reflects.
   */
  void written(long journalId, Duration commitEvery) throws IOException {
    appliedJournalId = OptionalLong.of(journalId);
    if (System.nanoTime() - committedAt >= commitEvery.toNanos()) {
      commit(journalId);
    }
  }

  /** Commits what was written with {@code journalId} as the position applied. */
  void commit(long journalId) throws IOException {
    writer.setLiveCommitData(Map.of(JOURNAL_KEY, Long.toString(journalId)).entrySet());
    writer.commit();
    committedAt = System.nanoTime();
    committedJournalId = OptionalLong.of(journalId);
    appliedJournalId = committedJournalId;
  }

  /** Commits the position applied since the last commit, if any. */
  void commitPending() throws IOException {
    OptionalLong applied = appliedJournalId;
    if (applied.isPresent() && !applied.equals(committedJournalId)) {
      commit(applied.getAsLong());
    }
  }

  @Override
  public void close() throws IOException {
    try {
      commitPending();
    } finally {
      try {
        searchers.close();
        writer.close();
      } finally {
        directory.close();
      }
    }
  }
}

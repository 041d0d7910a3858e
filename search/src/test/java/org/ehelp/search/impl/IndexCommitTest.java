package org.ehelp.search.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.ehelp.search.IndexChange;
import org.ehelp.search.SearchDocument;
import org.ehelp.search.SearchIndex;
import org.ehelp.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Applied changes are searchable at once, and the commit on disk always records the journal
 * position of what it holds. A crash is simulated by copying the files of an index that is still
 * open, which is what a killed process leaves behind.
 */
class IndexCommitTest {

  private static final Set<String> DESK = Set.of("r:CALL_CENTER");

  @TempDir Path root;

  @TempDir Path crashed;

  @Test
  void apply_isSearchableBeforeItIsCommitted() {
    try (SearchIndex index = LuceneSearchIndex.open(root, Duration.ofHours(1))) {
      index.apply(List.of(IndexChange.put(document(1, "Docking station flickers"))), 7);

      assertEquals(1, index.search(query("docking")).total());
      assertEquals(OptionalLong.of(7), index.appliedJournalId());
    }
  }

  @Test
  void write_isSearchableAfterRefresh() {
    try (SearchIndex index = LuceneSearchIndex.open(root, Duration.ofHours(1))) {
      index.write(List.of(IndexChange.put(document(1, "Docking station flickers"))), 7);
      long before = index.search(query("docking")).total();
      index.refresh();

      assertEquals(0, before);
      assertEquals(1, index.search(query("docking")).total());
    }
  }

  @Test
  void crash_leavesTheLastCommitWithItsOwnPosition() throws IOException {
    try (SearchIndex index = LuceneSearchIndex.open(root, Duration.ZERO)) {
      index.apply(List.of(IndexChange.put(document(1, "Docking station flickers"))), 3);
    }
    try (SearchIndex index = LuceneSearchIndex.open(root, Duration.ofHours(1))) {
      index.apply(List.of(IndexChange.put(document(2, "Keyboard missing keys"))), 4);
      copyTree(root, crashed);
    }

    try (SearchIndex recovered = SearchIndex.open(crashed)) {
      assertEquals(OptionalLong.of(3), recovered.appliedJournalId());
      assertEquals(1, recovered.search(query("docking")).total());
      assertEquals(0, recovered.search(query("keyboard")).total());
    }
  }

  @Test
  void close_commitsWhatWasApplied() {
    try (SearchIndex index = LuceneSearchIndex.open(root, Duration.ofHours(1))) {
      index.apply(List.of(IndexChange.put(document(1, "Docking station flickers"))), 5);
    }

    try (SearchIndex reopened = SearchIndex.open(root)) {
      assertEquals(OptionalLong.of(5), reopened.appliedJournalId());
      assertEquals(1, reopened.search(query("docking")).total());
    }
  }

  private static SearchQuery query(String text) {
    return new SearchQuery(text, Set.of(), Map.of(), DESK, true, null, 0, 10);
  }

  private static SearchDocument document(long id, String title) {
    return new SearchDocument(
        "REQUEST",
        Long.toString(id),
        title,
        "",
        "",
        List.of("EH-" + id),
        Map.of("state", "SUBMITTED"),
        Instant.parse("2026-01-10T10:00:00Z"),
        DESK);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else if (!source.getFileName().toString().equals("write.lock")) {
          Files.copy(source, target);
        }
      }
    }
  }
}

package org.ehelp.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

  private static final Set<String> RITA = Set.of("p:1");
  private static final Set<String> RALPH = Set.of("p:2");
  private static final Set<String> DESK = Set.of("r:CALL_CENTER");

  @TempDir Path root;

  private SearchIndex index;

  @BeforeEach
  void openIndex() {
    index = SearchIndex.open(root);
    index.apply(
        List.of(
            IndexChange.put(
                request(
                    1042,
                    "L’imprimante du 3e étage ne répond plus",
                    "Depuis ce matin, impossible d’imprimer sur l’imprimante réseau.",
                    "Toner commandé chez le fournisseur",
                    "rita@example.com",
                    "SUBMITTED",
                    "p:1",
                    Instant.parse("2026-01-10T10:00:00Z"))),
            IndexChange.put(
                request(
                    1043,
                    "Password reset for the VPN",
                    "My password expired and the VPN client rejects the new one.",
                    "",
                    "ralph@example.com",
                    "CLOSED",
                    "p:2",
                    Instant.parse("2026-01-11T10:00:00Z"))),
            IndexChange.put(
                request(
                    1044,
                    "Printers on floor 2 are offline",
                    "Both printers show an error since the network change.",
                    "",
                    "rita@example.com",
                    "CLOSED",
                    "p:1",
                    Instant.parse("2026-01-12T10:00:00Z")))),
        3);
  }

  @AfterEach
  void closeIndex() {
    index.close();
  }

  @Test
  void search_findsAccentFoldedStemmedWords() {
    assertEquals(List.of("1042"), ids(search("imprimantes etage", DESK)));
  }

  @Test
  void search_toleratesOneTypo() {
    assertEquals(List.of("1043"), ids(search("pasword", DESK)));
  }

  @Test
  void search_matchesPrefixOfLastWord() {
    assertEquals(List.of("1042"), ids(search("imprima", DESK)));
    assertEquals(List.of("1044"), ids(search("printe", DESK)));
  }

  @Test
  void search_matchesPhraseOnlyInOrder() {
    assertEquals(List.of("1043"), ids(search("\"new one\"", DESK)));
    assertEquals(List.of(), ids(search("\"one new\"", DESK)));
  }

  @Test
  void search_matchAnyFindsDocumentsWithSomeWords() {
    SearchQuery any =
        new SearchQuery(
            "printers toner unrelated", Set.of(), Map.of(), DESK, true, null, 0, 10, true);

    assertEquals(List.of("1042", "1044"), ids(index.search(any)).stream().sorted().toList());
    assertEquals(List.of(), ids(search("printers toner unrelated", DESK)));
  }

  @Test
  void search_excludesMinusWords() {
    assertEquals(List.of("1044"), ids(search("network -imprimante", DESK)));
  }

  @Test
  void search_findsRequestNumberAndEmailExactly() {
    assertEquals("1042", ids(search("EH-1042", DESK)).get(0));
    assertEquals(List.of("1043"), ids(search("ralph@example.com", DESK)));
  }

  @Test
  void search_hidesDocumentsFromOtherReaders() {
    SearchResult result = search("", RALPH);

    assertEquals(1, result.total());
    assertEquals(List.of("1043"), ids(result));
    assertEquals(List.of(new FacetCount("CLOSED", 1)), result.facets().get("state"));
  }

  @Test
  void search_restrictedTextOnlyForStaff() {
    assertEquals(List.of(), ids(search("toner", RITA)));
    SearchResult staff =
        index.search(new SearchQuery("toner", Set.of(), Map.of(), DESK, true, null, 0, 10));

    assertEquals(List.of("1042"), ids(staff));
    assertTrue(
        staff.hits().get(0).snippets().stream().anyMatch(s -> s.field().equals("restricted")));
  }

  @Test
  void search_snippetsNeverQuoteRestrictedTextToOthers() {
    SearchResult result = search("imprimante", RITA);

    assertFalse(result.hits().isEmpty());
    for (Snippet snippet : result.hits().get(0).snippets()) {
      assertFalse(snippet.text().contains("Toner"), snippet.text());
    }
  }

  @Test
  void search_highlightsMatchedWords() {
    Snippet body =
        search("imprimer", DESK).hits().get(0).snippets().stream()
            .filter(s -> s.field().equals("body"))
            .findFirst()
            .orElseThrow();

    assertTrue(
        body.parts().contains(new Snippet.Part("d’imprimer", true)), body.parts().toString());
  }

  @Test
  void search_highlightsWordsStartingWithWhatIsTyped() {
    Snippet title =
        search("imprima", DESK).hits().get(0).snippets().stream()
            .filter(s -> s.field().equals("title"))
            .findFirst()
            .orElseThrow();

    assertTrue(
        title.parts().contains(new Snippet.Part("L’imprimante", true)), title.parts().toString());
  }

  @Test
  void search_countsFacetsAndFilters() {
    SearchResult all = search("", DESK);
    SearchResult closed =
        index.search(
            new SearchQuery(
                "", Set.of(), Map.of("state", Set.of("CLOSED")), DESK, true, null, 0, 10));

    assertEquals(
        List.of(new FacetCount("CLOSED", 2), new FacetCount("SUBMITTED", 1)),
        all.facets().get("state"));
    assertEquals(List.of(new FacetCount("REQUEST", 3)), all.facets().get("type"));
    assertEquals(2, closed.total());
  }

  @Test
  void search_countsASelectedDimensionWithoutItsOwnSelection() {
    SearchResult closed =
        index.search(
            new SearchQuery(
                "", Set.of(), Map.of("state", Set.of("CLOSED")), DESK, true, null, 0, 10));

    assertEquals(
        List.of(new FacetCount("CLOSED", 2), new FacetCount("SUBMITTED", 1)),
        closed.facets().get("state"));
    assertEquals(List.of(new FacetCount("REQUEST", 2)), closed.facets().get("type"));
  }

  @Test
  void search_sortsByDateAndPages() {
    SearchQuery newestFirst =
        new SearchQuery("", Set.of(), Map.of(), DESK, true, SearchSort.NEWEST, 1, 2);
    SearchQuery oldestFirst =
        new SearchQuery("", Set.of(), Map.of(), DESK, true, SearchSort.OLDEST, 0, 2);

    assertEquals(List.of("1042"), ids(index.search(newestFirst)));
    assertEquals(3, index.search(newestFirst).total());
    assertEquals(List.of("1042", "1043"), ids(index.search(oldestFirst)));
  }

  @Test
  void apply_replacesAndRemovesByKey() {
    index.apply(List.of(IndexChange.remove("REQUEST", "1043")), 4);

    assertEquals(List.of(), ids(search("password", DESK)));
    assertEquals(OptionalLong.of(4), index.appliedJournalId());
  }

  @Test
  void open_keepsJournalPositionAfterRestart() {
    index.close();
    index = SearchIndex.open(root);

    assertEquals(OptionalLong.of(3), index.appliedJournalId());
    assertEquals(3, index.size());
  }

  @Test
  void open_replacesCorruptIndexWithEmptyOne() throws IOException {
    index.close();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.write(file, new byte[] {1, 2, 3});
      }
    }

    index = SearchIndex.open(root);

    assertEquals(OptionalLong.empty(), index.appliedJournalId());
    assertEquals(0, index.size());
  }

  @Test
  void rebuild_replacesContentAndPosition() {
    long count =
        index.rebuild(
            List.of(request(7, "Écran noir", "", "", "a@example.com", "SUBMITTED", "p:1", null))
                .iterator(),
            9);

    assertEquals(1, count);
    assertEquals(List.of("7"), ids(search("ecran", DESK)));
    assertEquals(OptionalLong.of(9), index.appliedJournalId());
  }

  private SearchResult search(String text, Set<String> reader) {
    boolean staff = reader.equals(DESK);
    return index.search(new SearchQuery(text, Set.of(), Map.of(), reader, staff, null, 0, 10));
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchHit::id).toList();
  }

  private static SearchDocument request(
      long number,
      String title,
      String body,
      String internal,
      String email,
      String state,
      String requester,
      Instant date) {
    return new SearchDocument(
        "REQUEST",
        Long.toString(number),
        title,
        body,
        internal,
        List.of("EH-" + number, email),
        Map.of("state", state),
        date,
        Set.of(requester, "r:CALL_CENTER"));
  }
}

package org.ehelp.search.impl;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.ehelp.search.IndexChange;
import org.ehelp.search.SearchDocument;
import org.ehelp.search.SearchIndex;
import org.ehelp.search.SearchQuery;
import org.postgresql.PGConnection;

/**
 * Compares eHelp's search index, plain Lucene and PostgreSQL full-text search on the same
 * documents. Not a test; run it with {@code -Pbench}.
 *
 * <p>The documents are the Endava tickets ({@code ehelp.bench.tickets}), repeated with shuffled
 * words until there are {@code ehelp.bench.documents} (default 100,000), plus a few French and
 * English requests whose answers are known, for the recall table.
 *
 * <p>Indexing, after a warm-up pass over the first 20,000 documents: eHelp writes the documents as
 * its indexer does, in journal batches of 500, made searchable after each tick of 20 batches; it
 * also rebuilds them in one pass. Plain Lucene writes the very same Lucene documents (eHelp's
 * fields and analysis) with one commit, and, for reference, title and body only with the standard
 * analyzer.
 *
 * <p>Queries: eHelp runs each query as the portal does (reader filter, typo and prefix expansion,
 * exact total, facet counts, snippets of a page of 20). Plain Lucene does the same work with its
 * own modules in their default settings (the facet module, the unified highlighter), and it also
 * runs the same query for its top 20 documents only; the reference runs a term, phrase or prefix
 * query on the standard analyzer's body. PostgreSQL ({@code ehelp.bench.jdbc}, skipped when it
 * cannot connect) ranks the top 20 of {@code websearch_to_tsquery} over a stored {@code tsvector}
 * with a GIN index.
 */
public final class SearchBenchmark {

  private static final Logger LOG = Logger.getLogger(SearchBenchmark.class.getName());
  private static final int BATCH = 500;
  private static final int BATCHES_PER_TICK = 20;
  private static final int WARMUP = 5;
  private static final int ROUNDS = 40;
  private static final int TOP = 20;
  private static final Set<String> DESK = Set.of("r:CALL_CENTER");
  private static final List<String> QUERIES =
      List.of(
          "password",
          "access request",
          "laptop not working",
          "\"purchase order\"",
          "acount",
          "requisit",
          "EH-4242",
          "user42@example.com",
          "printer -toner",
          "outlook calendar meeting");
  private static final List<String> STATES = List.of("SUBMITTED", "IN_PROGRESS", "CLOSED");

  /** Requests whose answers are known, as title and body. */
  private static final List<String[]> KNOWN =
      List.of(
          new String[] {
            "L’imprimante du 3e étage ne répond plus",
            "Impossible d’imprimer depuis ce matin sur l’imprimante réseau."
          },
          new String[] {
            "Écran noir au démarrage",
            "L’écran reste noir après la mise à jour du pilote graphique."
          },
          new String[] {
            "Mot de passe expiré", "Le mot de passe de session a expiré pendant les congés."
          },
          new String[] {
            "Wireless keyboard disconnects", "The wireless keyboard disconnects every few minutes."
          },
          new String[] {
            "Réinitialisation du téléphone",
            "Le téléphone de l’accueil doit être réinitialisé avant lundi."
          });

  /** Queries with the known request each must find: accents, elision, prefixes, typos, plurals. */
  private static final List<Recall> RECALL =
      List.of(
          new Recall("accent", "ecran noir", 1),
          new Recall("accent", "telephone", 4),
          new Recall("accent", "expire", 2),
          new Recall("elision", "imprimante", 0),
          new Recall("elision", "l'ecran", 1),
          new Recall("prefix", "imprim", 0),
          new Recall("prefix", "reinitialis", 4),
          new Recall("prefix", "keyb", 3),
          new Recall("typo", "imprimente", 0),
          new Recall("typo", "keybaord", 3),
          new Recall("typo", "wirless", 3),
          new Recall("plural", "imprimantes", 0),
          new Recall("plural", "keyboards", 3));

  private record Recall(String kind, String text, int known) {}

  private SearchBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path tickets = Path.of(System.getProperty("ehelp.bench.tickets"));
    int count = Integer.getInteger("ehelp.bench.documents", 100_000);
    List<SearchDocument> documents = documents(Tickets.read(tickets), count);
    Path work = Files.createTempDirectory("search-bench");
    try {
      run(documents, work);
    } finally {
      LuceneSearchIndex.deleteTree(work);
    }
  }

  private static void run(List<SearchDocument> documents, Path work) throws IOException {
    List<SearchDocument> warmUp = documents.subList(0, Math.min(20_000, documents.size()));
    indexPlainSame(work.resolve("warm-same"), warmUp);
    indexEhelp(work.resolve("warm-ehelp"), warmUp);
    rebuildEhelp(work.resolve("warm-rebuild"), warmUp);
    indexPlainStandard(work.resolve("warm-plain"), warmUp);
    double plainSame = indexPlainSame(work.resolve("plain-same"), documents);
    double ehelp = indexEhelp(work.resolve("ehelp"), documents);
    double rebuild = rebuildEhelp(work.resolve("rebuild"), documents);
    double plainStandard = indexPlainStandard(work.resolve("plain"), documents);
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "Indexing %,d documents%n%-46s %10s %22s%n",
            documents.size(),
            "",
            "docs/s",
            "share of plain Lucene"));
    report.append(
        row(
            "eHelp, journal batches of " + BATCH + ", " + BATCHES_PER_TICK + " a tick",
            ehelp,
            plainSame));
    report.append(row("eHelp, rebuild", rebuild, plainSame));
    report.append(row("plain Lucene, same documents, one commit", plainSame, plainSame));
    report.append(row("plain Lucene, standard analyzer, 2 fields", plainStandard, plainSame));

    String url =
        System.getProperty(
            "ehelp.bench.jdbc", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    try (Connection postgres = connect(url);
        SearchIndex index = SearchIndex.open(work.resolve("ehelp"));
        DirectoryReader same = DirectoryReader.open(FSDirectory.open(work.resolve("plain-same")));
        DirectoryReader standard = DirectoryReader.open(FSDirectory.open(work.resolve("plain")))) {
      if (postgres != null) {
        report.append(loadPostgres(postgres, documents));
      }
      Engines engines =
          new Engines(index, new IndexSearcher(same), new IndexSearcher(standard), postgres);
      report.append(latency(engines));
      report.append(recall(engines));
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL failed during the benchmark: " + e, e);
    }
    LOG.info(report::toString);
  }

  private static String row(String name, double docsPerSecond, double plain) {
    return String.format(
        Locale.ROOT, "%-46s %10.0f %22.2f%n", name, docsPerSecond, docsPerSecond / plain);
  }

  private static double indexEhelp(Path dir, List<SearchDocument> documents) {
    long start = System.nanoTime();
    try (SearchIndex index = SearchIndex.open(dir)) {
      for (int from = 0; from < documents.size(); from += BATCH) {
        List<IndexChange> batch =
            documents.subList(from, Math.min(from + BATCH, documents.size())).stream()
                .map(IndexChange::put)
                .toList();
        index.write(batch, from + batch.size());
        if ((from / BATCH + 1) % BATCHES_PER_TICK == 0) {
          index.refresh();
        }
      }
      index.refresh();
    }
    return documents.size() / seconds(start);
  }

  private static double rebuildEhelp(Path dir, List<SearchDocument> documents) {
    long start = System.nanoTime();
    try (SearchIndex index = SearchIndex.open(dir)) {
      index.rebuild(documents.iterator(), documents.size());
    }
    return documents.size() / seconds(start);
  }

  private static double indexPlainSame(Path dir, List<SearchDocument> documents)
      throws IOException {
    long start = System.nanoTime();
    try (IndexWriter writer =
        new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(new TextAnalyzer()))) {
      for (SearchDocument source : documents) {
        writer.addDocument(Documents.toLucene(source));
      }
      writer.commit();
    }
    return documents.size() / seconds(start);
  }

  private static double indexPlainStandard(Path dir, List<SearchDocument> documents)
      throws IOException {
    long start = System.nanoTime();
    try (IndexWriter writer =
        new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(new StandardAnalyzer()))) {
      for (SearchDocument source : documents) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, source.id(), Store.YES));
        doc.add(new TextField(Fields.TITLE, source.title(), Store.YES));
        doc.add(new TextField(Fields.BODY, source.body(), Store.YES));
        writer.addDocument(doc);
      }
      writer.commit();
    }
    return documents.size() / seconds(start);
  }

  /** The engines compared, each answering the same text. */
  private static final class Engines {

    private final SearchIndex ehelp;
    private final IndexSearcher same;
    private final IndexSearcher standard;
    private final Connection postgres;
    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final TextQueries texts = new TextQueries(analyzer);
    private final TextQueries snippetTexts = new TextQueries(analyzer, true);
    private final QueryBuilder standardQueries = new QueryBuilder(new StandardAnalyzer());
    private final SortedSetDocValuesReaderState facetState;
    private final UnifiedHighlighter highlighter;

    Engines(SearchIndex ehelp, IndexSearcher same, IndexSearcher standard, Connection postgres)
        throws IOException {
      this.ehelp = ehelp;
      this.same = same;
      this.standard = standard;
      this.postgres = postgres;
      this.facetState =
          new DefaultSortedSetDocValuesReaderState(
              same.getIndexReader(), Fields.FACET, new FacetsConfig());
      this.highlighter = UnifiedHighlighter.builder(same, analyzer).build();
    }

    long ehelp(String text, String known) {
      Map<String, Set<String>> filters = known == null ? Map.of() : Map.of("known", Set.of(known));
      return ehelp
          .search(new SearchQuery(text, Set.of(), filters, DESK, true, null, 0, TOP))
          .total();
    }

    /** Runs eHelp's query for the top 20 hits only. */
    long same(String text) throws IOException {
      return readTop(same, sameQuery(text));
    }

    /**
     * Does eHelp's work with Lucene's own modules in their default settings: eHelp's query, an
     * exact total, the facet module's counts, and snippets of the top 20 hits by the unified
     * highlighter, given eHelp's query for snippets.
     */
    long sameWork(String text) throws IOException {
      FacetsCollectorManager.FacetsResult result =
          FacetsCollectorManager.search(same, sameQuery(text), TOP, new FacetsCollectorManager());
      new SortedSetDocValuesFacetCounts(facetState, result.facetsCollector()).getAllDims(10);
      highlighter.highlightFields(
          new String[] {Fields.TITLE, Fields.BODY, Fields.RESTRICTED},
          snippetTexts.parse(text, true, true),
          result.topDocs(),
          new int[] {2, 2, 2});
      for (ScoreDoc doc : result.topDocs().scoreDocs) {
        same.storedFields().document(doc.doc);
      }
      return result.topDocs().totalHits.value;
    }

    private Query sameQuery(String text) {
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      query.add(texts.parse(text, true, false), Occur.MUST);
      query.add(new TermQuery(new Term(Fields.READER, "r:CALL_CENTER")), Occur.FILTER);
      return query.build();
    }

    long standard(String text, String knownId) throws IOException {
      Query query = standardQuery(text);
      if (knownId == null) {
        return readTop(standard, query);
      }
      BooleanQuery.Builder only = new BooleanQuery.Builder();
      only.add(query, Occur.MUST);
      only.add(new TermQuery(new Term(Fields.ID, knownId)), Occur.FILTER);
      return standard.count(only.build());
    }

    long postgres(String text, String knownId) throws SQLException {
      String sql =
          knownId == null
              ? "SELECT id, title FROM bench_search, websearch_to_tsquery('english', ?) q"
                  + " WHERE words @@ q AND readers @> ARRAY['r:CALL_CENTER']"
                  + " ORDER BY ts_rank(words, q) DESC LIMIT "
                  + TOP
              : "SELECT count(*) FROM bench_search"
                  + " WHERE id = ? AND words @@ websearch_to_tsquery('english', ?)";
      try (PreparedStatement statement = postgres.prepareStatement(sql)) {
        if (knownId == null) {
          statement.setString(1, text);
        } else {
          statement.setString(1, knownId);
          statement.setString(2, text);
        }
        long rows = 0;
        try (ResultSet result = statement.executeQuery()) {
          while (result.next()) {
            rows = knownId == null ? rows + 1 : result.getLong(1);
          }
        }
        return rows;
      }
    }

    private static long readTop(IndexSearcher searcher, Query query) throws IOException {
      TopDocs top = searcher.search(query, TOP);
      for (ScoreDoc doc : top.scoreDocs) {
        searcher.storedFields().document(doc.doc);
      }
      return top.scoreDocs.length;
    }

    private Query standardQuery(String text) {
      if (text.startsWith("\"")) {
        return standardQueries.createPhraseQuery(Fields.BODY, text.replace("\"", ""));
      }
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      for (String word : text.split(" ")) {
        if (word.startsWith("-")) {
          query.add(new TermQuery(new Term(Fields.BODY, word.substring(1))), Occur.MUST_NOT);
        } else if (word.equals("requisit")) {
          query.add(new PrefixQuery(new Term(Fields.BODY, word)), Occur.MUST);
        } else {
          Query term = standardQueries.createBooleanQuery(Fields.BODY, word);
          if (term != null) {
            query.add(term, Occur.MUST);
          }
        }
      }
      return query.build();
    }
  }

  private static String latency(Engines engines) throws IOException, SQLException {
    boolean postgres = engines.postgres != null;
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            Locale.ROOT,
            "%nQuery latency (ms, p50 / p95), %d rounds after %d warm-up rounds%n"
                + "%-26s %15s %15s %15s %15s %15s %8s %7s %7s%n",
            ROUNDS,
            WARMUP,
            "query",
            "eHelp",
            "Lucene, work",
            "Lucene, top 20",
            "Lucene, std",
            "PostgreSQL",
            "hits",
            "/ work",
            "/ top"));
    List<Double> workRatios = new ArrayList<>();
    List<Double> topRatios = new ArrayList<>();
    List<Double> postgresRatios = new ArrayList<>();
    for (String text : QUERIES) {
      double[][] times = new double[5][ROUNDS];
      long hits = 0;
      for (int round = -WARMUP; round < ROUNDS; round++) {
        long[] marks = new long[6];
        marks[0] = System.nanoTime();
        hits = engines.ehelp(text, null);
        marks[1] = System.nanoTime();
        engines.sameWork(text);
        marks[2] = System.nanoTime();
        engines.same(text);
        marks[3] = System.nanoTime();
        engines.standard(text, null);
        marks[4] = System.nanoTime();
        if (postgres) {
          engines.postgres(text, null);
        }
        marks[5] = System.nanoTime();
        if (round >= 0) {
          for (int engine = 0; engine < 5; engine++) {
            times[engine][round] = (marks[engine + 1] - marks[engine]) / 1e6;
          }
        }
      }
      double ours = percentile(times[0], 50);
      double work = ours / percentile(times[1], 50);
      double top = ours / percentile(times[2], 50);
      workRatios.add(work);
      topRatios.add(top);
      if (postgres) {
        postgresRatios.add(ours / percentile(times[4], 50));
      }
      table.append(
          String.format(
              Locale.ROOT,
              "%-26s %15s %15s %15s %15s %15s %8d %7.2f %7.2f%n",
              text,
              pair(times[0]),
              pair(times[1]),
              pair(times[2]),
              pair(times[3]),
              postgres ? pair(times[4]) : "-",
              hits,
              work,
              top));
    }
    table.append(
        String.format(
            Locale.ROOT,
            "median of the p50 ratios, eHelp / Lucene doing the same work: %.2f%n",
            median(workRatios)));
    table.append(
        String.format(
            Locale.ROOT,
            "median of the p50 ratios, eHelp / Lucene's top 20 of the same query: %.2f%n",
            median(topRatios)));
    if (postgres) {
      table.append(
          String.format(
              Locale.ROOT,
              "median of the p50 ratios, eHelp / PostgreSQL: %.2f%n",
              median(postgresRatios)));
    }
    return table.toString();
  }

  private static String recall(Engines engines) throws IOException, SQLException {
    boolean postgres = engines.postgres != null;
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            Locale.ROOT,
            "%nRecall on queries with a known answer (1 = found)%n%-9s %-16s %8s %12s %11s%n",
            "kind",
            "query",
            "eHelp",
            "Lucene, std",
            "PostgreSQL"));
    int[] found = new int[3];
    for (Recall recall : RECALL) {
      String id = knownId(recall.known());
      int ours = engines.ehelp(recall.text(), "k" + recall.known()) > 0 ? 1 : 0;
      int standard = engines.standard(recall.text(), id) > 0 ? 1 : 0;
      int pg = postgres && engines.postgres(recall.text(), id) > 0 ? 1 : 0;
      found[0] += ours;
      found[1] += standard;
      found[2] += pg;
      table.append(
          String.format(
              Locale.ROOT,
              "%-9s %-16s %8d %12d %11s%n",
              recall.kind(),
              recall.text(),
              ours,
              standard,
              postgres ? Integer.toString(pg) : "-"));
    }
    table.append(
        String.format(
            Locale.ROOT,
            "%-26s %8s %12s %11s%n",
            "recall",
            found[0] + "/" + RECALL.size(),
            found[1] + "/" + RECALL.size(),
            postgres ? found[2] + "/" + RECALL.size() : "-"));
    return table.toString();
  }

  private static Connection connect(String url) {
    try {
      return DriverManager.getConnection(url);
    } catch (SQLException e) {
      LOG.warning(() -> "PostgreSQL is left out of the comparison: " + e.getMessage());
      return null;
    }
  }

  /** Loads the documents into a table with a stored tsvector and its GIN index. */
  private static String loadPostgres(Connection connection, List<SearchDocument> documents)
      throws SQLException, IOException {
    long start = System.nanoTime();
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("DROP TABLE IF EXISTS bench_search");
      ddl.execute(
          "CREATE TABLE bench_search (id text PRIMARY KEY, title text, body text, readers text[],"
              + " words tsvector GENERATED ALWAYS AS"
              + " (to_tsvector('english', title || ' ' || body)) STORED)");
    }
    StringBuilder rows = new StringBuilder();
    for (SearchDocument document : documents) {
      rows.append(copyField(document.id()))
          .append('\t')
          .append(copyField(document.title()))
          .append('\t')
          .append(copyField(document.body()))
          .append('\t')
          .append(copyField("{" + String.join(",", document.readers()) + "}"))
          .append('\n');
    }
    connection
        .unwrap(PGConnection.class)
        .getCopyAPI()
        .copyIn(
            "COPY bench_search (id, title, body, readers) FROM STDIN",
            new StringReader(rows.toString()));
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("CREATE INDEX bench_search_text ON bench_search USING gin (words)");
      ddl.execute("ANALYZE bench_search");
    }
    double seconds = seconds(start);
    return String.format(
        Locale.ROOT,
        "%-46s %10.0f%n",
        "PostgreSQL, COPY then GIN index",
        documents.size() / seconds);
  }

  private static String copyField(String value) {
    return value
        .replace("\\", "\\\\")
        .replace("\t", "\\t")
        .replace("\n", "\\n")
        .replace("\r", "\\r");
  }

  private static List<SearchDocument> documents(List<String[]> tickets, int count) {
    Random random = new Random(42);
    List<SearchDocument> documents = new ArrayList<>(count + KNOWN.size());
    for (int i = 0; i < count; i++) {
      String[] ticket = tickets.get(i % tickets.size());
      String body = ticket[1];
      if (i >= tickets.size()) {
        List<String> words = new ArrayList<>(Arrays.asList(body.split(" ")));
        Collections.shuffle(words, random);
        body = String.join(" ", words);
      }
      documents.add(
          document(
              i + 1,
              ticket[0],
              body,
              Map.of("state", STATES.get(i % STATES.size()), "category", "C" + ticket[2])));
    }
    for (int k = 0; k < KNOWN.size(); k++) {
      int at = random.nextInt(documents.size());
      SearchDocument known =
          document(
              Long.parseLong(knownId(k)),
              KNOWN.get(k)[0],
              KNOWN.get(k)[1],
              Map.of("state", "SUBMITTED", "known", "k" + k));
      documents.add(at, known);
    }
    return documents;
  }

  private static String knownId(int known) {
    return Long.toString(900_000_000L + known);
  }

  private static SearchDocument document(
      long id, String title, String body, Map<String, String> facets) {
    int person = (int) (id % 500);
    return new SearchDocument(
        "REQUEST",
        Long.toString(id),
        title,
        body,
        "",
        List.of("EH-" + id, "user" + person + "@example.com"),
        facets,
        Instant.ofEpochSecond(1_700_000_000L + id * 60L),
        Set.of("r:CALL_CENTER", "p:" + person));
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static String pair(double[] times) {
    return String.format(Locale.ROOT, "%.2f / %.2f", percentile(times, 50), percentile(times, 95));
  }

  private static double median(List<Double> values) {
    return percentile(values.stream().mapToDouble(Double::doubleValue).toArray(), 50);
  }

  private static double percentile(double[] values, int percent) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
  }

  /** The Endava ticket CSV: title, body and category of each row. */
  static final class Tickets {

    private Tickets() {}

    static List<String[]> read(Path file) throws IOException {
      List<String[]> rows = new ArrayList<>();
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      String text = Files.readString(file, StandardCharsets.UTF_8);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
        } else if (c == '\n') {
          fields.add(field.toString());
          field.setLength(0);
          if (fields.size() >= 4) {
            rows.add(new String[] {fields.get(0), fields.get(1), fields.get(3)});
          }
          fields.clear();
        } else if (c != '\r') {
          field.append(c);
        }
      }
      return rows.subList(1, rows.size());
    }
  }
}

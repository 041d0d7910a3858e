package org.ehelp.search.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.ehelp.search.IndexChange;
import org.ehelp.search.SearchDocument;
import org.ehelp.search.SearchIndex;
import org.ehelp.search.SearchQuery;

/**
 * Compares eHelp's search index with plain Lucene on the same documents: indexing throughput, and
 * query latency (p50, p95) for a fixed mix of queries. Not a test; run it with {@code -Pbench}.
 *
 * <p>The documents are the Endava tickets ({@code ehelp.bench.tickets}), repeated with shuffled
 * words until there are {@code ehelp.bench.documents} (default 100,000). eHelp writes them as its
 * indexer does: batches of 500, each committed with its journal position and made searchable. Plain
 * Lucene adds them with the standard analyzer and commits once. eHelp's queries run with the reader
 * filter, typo and prefix expansion, facet counts and snippets; plain Lucene's are term, phrase and
 * prefix queries on one field, returning the top 20 ids.
 */
public final class SearchBenchmark {

  private static final Logger LOG = Logger.getLogger(SearchBenchmark.class.getName());
  private static final int BATCH = 500;
  private static final int WARMUP = 5;
  private static final int ROUNDS = 40;
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

  private SearchBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path tickets = Path.of(System.getProperty("ehelp.bench.tickets"));
    int count = Integer.getInteger("ehelp.bench.documents", 100_000);
    List<SearchDocument> documents = documents(Tickets.read(tickets), count);
    Path work = Files.createTempDirectory("search-bench");

    double ehelpIndex = indexEhelp(work.resolve("ehelp"), documents);
    double rebuildIndex = rebuildEhelp(work.resolve("rebuild"), documents);
    double plainIndex = indexPlain(work.resolve("plain"), documents);
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "Indexing %,d documents%n%-36s %10s %16s%n",
            documents.size(),
            "",
            "docs/s",
            "Lucene / eHelp"));
    report.append(row("eHelp, journal batches of " + BATCH, ehelpIndex, plainIndex));
    report.append(row("eHelp, rebuild (one commit)", rebuildIndex, plainIndex));
    report.append(row("plain Lucene (one commit)", plainIndex, plainIndex));

    try (SearchIndex index = SearchIndex.open(work.resolve("ehelp"));
        DirectoryReader reader = DirectoryReader.open(FSDirectory.open(work.resolve("plain")))) {
      report.append(queries(index, new IndexSearcher(reader)));
    }
    LOG.info(report::toString);
  }

  private static String row(String name, double docsPerSecond, double plain) {
    return String.format(
        Locale.ROOT, "%-36s %10.0f %16.2f%n", name, docsPerSecond, plain / docsPerSecond);
  }

  private static double rebuildEhelp(Path dir, List<SearchDocument> documents) {
    long start = System.nanoTime();
    try (SearchIndex index = SearchIndex.open(dir)) {
      index.rebuild(documents.iterator(), documents.size());
    }
    return documents.size() / seconds(start);
  }

  private static double indexEhelp(Path dir, List<SearchDocument> documents) {
    long start = System.nanoTime();
    try (SearchIndex index = SearchIndex.open(dir)) {
      for (int from = 0; from < documents.size(); from += BATCH) {
        List<IndexChange> batch =
            documents.subList(from, Math.min(from + BATCH, documents.size())).stream()
                .map(IndexChange::put)
                .toList();
        index.apply(batch, from + batch.size());
      }
    }
    return documents.size() / seconds(start);
  }

  private static double indexPlain(Path dir, List<SearchDocument> documents) throws IOException {
    long start = System.nanoTime();
    try (IndexWriter writer =
        new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(new StandardAnalyzer()))) {
      for (SearchDocument source : documents) {
        Document doc = new Document();
        doc.add(new StringField("id", source.id(), Store.YES));
        doc.add(new TextField("title", source.title(), Store.YES));
        doc.add(new TextField("body", source.body(), Store.YES));
        doc.add(new StringField("reader", source.readers().iterator().next(), Store.NO));
        writer.addDocument(doc);
      }
      writer.commit();
    }
    return documents.size() / seconds(start);
  }

  private static String queries(SearchIndex index, IndexSearcher plain) throws IOException {
    QueryBuilder builder = new QueryBuilder(new StandardAnalyzer());
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            Locale.ROOT,
            "%nQuery latency (ms), %d rounds after %d warm-up rounds%n"
                + "%-28s %9s %9s %9s %9s %9s %9s%n",
            ROUNDS,
            WARMUP,
            "query",
            "eHelp p50",
            "eHelp p95",
            "plain p50",
            "plain p95",
            "hits",
            "ratio p50"));
    List<Double> ratios = new ArrayList<>();
    for (String text : QUERIES) {
      SearchQuery query =
          new SearchQuery(text, Set.of(), Map.of(), Set.of("r:CALL_CENTER"), true, null, 0, 20);
      Query plainQuery = plainQuery(builder, text);
      double[] ours = new double[ROUNDS];
      double[] theirs = new double[ROUNDS];
      long hits = 0;
      for (int round = -WARMUP; round < ROUNDS; round++) {
        long start = System.nanoTime();
        hits = index.search(query).total();
        double ehelpMs = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        TopDocs top = plain.search(plainQuery, 20);
        for (ScoreDoc doc : top.scoreDocs) {
          plain.storedFields().document(doc.doc);
        }
        double plainMs = (System.nanoTime() - start) / 1e6;
        if (round >= 0) {
          ours[round] = ehelpMs;
          theirs[round] = plainMs;
        }
      }
      double ratio = percentile(ours, 50) / percentile(theirs, 50);
      ratios.add(ratio);
      table.append(
          String.format(
              Locale.ROOT,
              "%-28s %9.2f %9.2f %9.2f %9.2f %9d %9.1f%n",
              text,
              percentile(ours, 50),
              percentile(ours, 95),
              percentile(theirs, 50),
              percentile(theirs, 95),
              hits,
              ratio));
    }
    double[] all = ratios.stream().mapToDouble(Double::doubleValue).toArray();
    table.append(
        String.format(
            Locale.ROOT, "median ratio of p50 (eHelp / plain): %.1f%n", percentile(all, 50)));
    return table.toString();
  }

  private static Query plainQuery(QueryBuilder builder, String text) {
    if (text.startsWith("\"")) {
      return builder.createPhraseQuery("body", text.replace("\"", ""));
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String word : text.split(" ")) {
      if (word.startsWith("-")) {
        query.add(new TermQuery(new Term("body", word.substring(1))), Occur.MUST_NOT);
      } else if (word.equals("requisit")) {
        query.add(new PrefixQuery(new Term("body", word)), Occur.MUST);
      } else {
        Query term = builder.createBooleanQuery("body", word.toLowerCase(Locale.ROOT));
        if (term != null) {
          query.add(term, Occur.MUST);
        }
      }
    }
    return query.build();
  }

  private static List<SearchDocument> documents(List<String[]> tickets, int count) {
    Random random = new Random(42);
    List<SearchDocument> documents = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String[] ticket = tickets.get(i % tickets.size());
      String title = ticket[0];
      String body = ticket[1];
      if (i >= tickets.size()) {
        List<String> words = new ArrayList<>(Arrays.asList(body.split(" ")));
        java.util.Collections.shuffle(words, random);
        body = String.join(" ", words);
      }
      long id = i + 1;
      String requester = "user" + (i % 500) + "@example.com";
      documents.add(
          new SearchDocument(
              "REQUEST",
              Long.toString(id),
              title,
              body,
              "",
              List.of("EH-" + id, requester),
              Map.of("state", STATES.get(i % STATES.size()), "category", "C" + ticket[2]),
              Instant.ofEpochSecond(1_700_000_000L + i * 60L),
              Set.of("r:CALL_CENTER", "p:" + (i % 500))));
    }
    return documents;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
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

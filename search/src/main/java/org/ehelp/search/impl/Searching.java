package org.ehelp.search.impl;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.ehelp.search.FacetCount;
import org.ehelp.search.SearchHit;
import org.ehelp.search.SearchQuery;
import org.ehelp.search.SearchResult;
import org.ehelp.search.SearchSort;
import org.ehelp.search.Snippet;

/** Runs one query on one searcher: filters, page, facet counts and snippets. */
final class Searching {

  private static final int SNIPPET_PASSAGES = 2;
  private static final int SUMMARY_LENGTH = 200;

  private final Analyzer analyzer;
  private final TextQueries texts;
  private final TextQueries highlighted;

  Searching(Analyzer analyzer) {
    this.analyzer = analyzer;
    this.texts = new TextQueries(analyzer);
    this.highlighted = new TextQueries(analyzer, true);
  }

  SearchResult search(IndexSearcher searcher, SearchQuery request) throws IOException {
    Query text = texts.parse(request.text(), request.staff(), request.matchAny());
    Query query = filtered(text, request, null);
    int wanted = Math.addExact(Math.multiplyExact(request.page(), request.size()), request.size());
    TopFieldCollectorManager top =
        new TopFieldCollectorManager(sortOf(request.sort()), wanted, null, Integer.MAX_VALUE);

    Object[] collected =
        searcher.search(query, new MultiCollectorManager(top, new FacetCollectorManager()));
    TopDocs docs = (TopDocs) collected[0];
    @SuppressWarnings("unchecked")
    Map<String, Long> facetTerms = (Map<String, Long>) collected[1];
    for (String dimension : selections(request).keySet()) {
      countWithout(searcher, text, request, dimension, facetTerms);
    }

    int from = request.page() * request.size();
    List<ScoreDoc> page = new ArrayList<>();
    for (int i = from; i < docs.scoreDocs.length; i++) {
      page.add(docs.scoreDocs[i]);
    }
    Query marks = highlighted.parse(request.text(), request.staff(), true);
    List<SearchHit> hits = hits(searcher, marks, page, request);
    return new SearchResult(docs.totalHits.value, hits, facets(facetTerms));
  }

  /**
   * Adds the reader, type and facet filters, so what they exclude is never counted or quoted.
   *
   * @param except a facet dimension whose selection is left out, or null for none
   */
  private static Query filtered(Query text, SearchQuery request, String except) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(text, Occur.MUST);
    query.add(new TermInSetQuery(Fields.READER, bytes(request.readerKeys())), Occur.FILTER);
    selections(request)
        .forEach(
            (dimension, values) -> {
              if (!dimension.equals(except)) {
                query.add(facetFilter(dimension, values), Occur.FILTER);
              }
            });
    return query.build();
  }

  /** Collects the selected values of each facet dimension, types included. */
  private static Map<String, Set<String>> selections(SearchQuery request) {
    Map<String, Set<String>> selections = new LinkedHashMap<>();
    if (!request.types().isEmpty()) {
      selections.put(Fields.TYPE_DIMENSION, request.types());
    }
    request
        .filters()
        .forEach(
            (dimension, values) -> {
              if (!values.isEmpty()) {
                selections.put(dimension, values);
              }
            });
    return selections;
  }

  /**
   * Replaces the counts of a dimension that has a selection with its counts under every other
   * filter but its own, so that its other values still show how many they would add.
   */
  private static void countWithout(
      IndexSearcher searcher,
      Query text,
      SearchQuery request,
      String dimension,
      Map<String, Long> facetTerms)
      throws IOException {
    String prefix = Fields.facetTerm(dimension, "");
    facetTerms.keySet().removeIf(term -> term.startsWith(prefix));
    Map<String, Long> sideways =
        searcher.search(filtered(text, request, dimension), new FacetCollectorManager());
    sideways.forEach(
        (term, count) -> {
          if (term.startsWith(prefix)) {
            facetTerms.put(term, count);
          }
        });
  }

  private static Query facetFilter(String dimension, Set<String> values) {
    return new TermInSetQuery(
        Fields.FACET,
        values.stream().map(v -> new BytesRef(Fields.facetTerm(dimension, v))).toList());
  }

  private static List<BytesRef> bytes(Set<String> values) {
    return values.stream().map(BytesRef::new).toList();
  }

  private static Sort sortOf(SearchSort sort) {
    SortField newest = new SortField(Fields.DATE, SortField.Type.LONG, true);
    return switch (sort) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, newest);
      case NEWEST -> new Sort(newest);
      case OLDEST -> new Sort(new SortField(Fields.DATE, SortField.Type.LONG, false));
    };
  }

  private List<SearchHit> hits(
      IndexSearcher searcher, Query text, List<ScoreDoc> page, SearchQuery request)
      throws IOException {
    if (page.isEmpty()) {
      return List.of();
    }
    Query rewritten = searcher.rewrite(text);
    String[] fields =
        request.staff()
            ? new String[] {Fields.TITLE, Fields.BODY, Fields.RESTRICTED}
            : new String[] {Fields.TITLE, Fields.BODY};
    int[] ids = page.stream().mapToInt(d -> d.doc).toArray();
    StoredFields stored = searcher.storedFields();
    Map<Integer, Document> documents = new HashMap<>();
    for (int id : ids) {
      documents.put(id, stored.document(id));
    }
    int[] passages = new int[fields.length];
    Arrays.fill(passages, SNIPPET_PASSAGES);
    SnippetHighlighter highlighter =
        new SnippetHighlighter(
            UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withMaxNoHighlightPassages(0)
                // Seeking the query's words in each hit's postings is several times faster than
                // matching the whole query against each hit, and marks the same words.
                .withWeightMatches(false),
            documents);
    Map<String, Object[]> highlights = highlighter.highlightParts(fields, rewritten, ids, passages);

    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      Document doc = documents.get(ids[i]);
      hits.add(hit(doc, snippets(fields, highlights, i, doc), scoreOf(page.get(i), request)));
    }
    return hits;
  }

  @SuppressWarnings("unchecked")
  private static List<Snippet> snippets(
      String[] fields, Map<String, Object[]> highlights, int index, Document doc) {
    List<Snippet> snippets = new ArrayList<>();
    for (String field : fields) {
      Object parts = highlights.get(field)[index];
      if (parts instanceof List<?> list && !list.isEmpty()) {
        snippets.add(new Snippet(field, (List<Snippet.Part>) list));
      }
    }
    boolean bodyQuoted = snippets.stream().anyMatch(s -> s.field().equals(Fields.BODY));
    String body = doc.get(Fields.BODY);
    if (!bodyQuoted && body != null && !body.isBlank()) {
      snippets.add(new Snippet(Fields.BODY, List.of(new Snippet.Part(summary(body), false))));
    }
    return snippets;
  }

  private static String summary(String body) {
    String flat = body.strip().replaceAll("\\s+", " ");
    return flat.length() <= SUMMARY_LENGTH ? flat : flat.substring(0, SUMMARY_LENGTH) + "…";
  }

  private static float scoreOf(ScoreDoc doc, SearchQuery request) {
    if (request.sort() == SearchSort.RELEVANCE && doc instanceof FieldDoc field) {
      return ((Number) field.fields[0]).floatValue();
    }
    return 0f;
  }

  private static SearchHit hit(Document doc, List<Snippet> snippets, float score) {
    return new SearchHit(
        doc.get(Fields.TYPE),
        doc.get(Fields.ID),
        doc.get(Fields.TITLE),
        Documents.dateOf(doc),
        Documents.facetsOf(doc),
        snippets,
        score);
  }

  private static Map<String, List<FacetCount>> facets(Map<String, Long> terms) {
    Map<String, List<FacetCount>> byDimension = new HashMap<>();
    terms.forEach(
        (term, count) -> {
          String[] split = Fields.splitFacet(term);
          if (split != null) {
            byDimension
                .computeIfAbsent(split[0], d -> new ArrayList<>())
                .add(new FacetCount(split[1], count));
          }
        });
    Comparator<FacetCount> order =
        Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);
    return byDimension.entrySet().stream()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey,
                e -> e.getValue().stream().sorted(order).toList(),
                (a, b) -> a,
                LinkedHashMap::new));
  }
}

package org.ehelp.search.impl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a reader typed into a Lucene query over the text fields. Every word or phrase must
 * match (in the title, the body, or for staff the restricted text); a word preceded by {@code -}
 * must not. A word matches its own stem, a stem one typo away (two for long words), and, when it is
 * the last word typed, any word it starts. Request numbers and e-mail addresses also match their
 * exact field, ranked above mere text matches.
 */
final class TextQueries {

  private static final Pattern CLAUSE = Pattern.compile("(-?)(\"[^\"]*\"?|\\S+)");
  private static final Pattern EXACT = Pattern.compile("(?i)^(eh-\\d+|[^@\\s]+@[^@\\s]+)$");
  private static final float TITLE_BOOST = 2f;
  private static final float EXACT_BOOST = 8f;
  private static final float FUZZY_BOOST = 0.4f;
  private static final float PREFIX_BOOST = 0.7f;
  private static final int FUZZY_MIN_LENGTH = 4;
  private static final int FUZZY_TWO_EDITS_LENGTH = 8;

  /**
   * How many indexed words a prefix stands for in a query for snippets: the highlighter matches
   * plain words against a hit's offsets quickly, but an open prefix against every word of the
   * index.
   */
  private static final int SNIPPET_PREFIX_WORDS = 16;

  private final Analyzer analyzer;
  private final QueryBuilder phrases;
  private final boolean forSnippets;

  TextQueries(Analyzer analyzer) {
    this(analyzer, false);
  }

  /**
   * @param forSnippets whether the queries mark words in snippets rather than find documents. Then
   *     words do not match stems a typo away, because matching edit-distance automata against every
   *     hit's text is the highlighter's slowest step. A prefix is expanded to at most 16 of the
   *     indexed words it starts.
   */
  TextQueries(Analyzer analyzer, boolean forSnippets) {
    this.analyzer = analyzer;
    this.phrases = new QueryBuilder(analyzer);
    this.forSnippets = forSnippets;
  }

  /**
   * Returns the query for {@code text}; all documents when it has no words. With {@code matchAny},
   * one matching word or phrase is enough.
   */
  Query parse(String text, boolean staff, boolean matchAny) {
    List<String> fields =
        staff ? List.of(Fields.TITLE, Fields.BODY, Fields.RESTRICTED) : textFields();
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    boolean positive = false;
    Matcher clauses = CLAUSE.matcher(text);
    while (clauses.find()) {
      boolean excluded = !clauses.group(1).isEmpty();
      String token = clauses.group(2);
      boolean last = clauses.end() == text.length();
      Query clause = clause(token, fields, last && !excluded);
      if (clause == null) {
        continue;
      }
      Occur occur = matchAny ? Occur.SHOULD : Occur.MUST;
      query.add(clause, excluded ? Occur.MUST_NOT : occur);
      positive |= !excluded;
    }
    if (!positive) {
      query.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    return query.build();
  }

  private static List<String> textFields() {
    return List.of(Fields.TITLE, Fields.BODY);
  }

  private Query clause(String token, List<String> fields, boolean typing) {
    if (token.startsWith("\"")) {
      String phrase = token.replace("\"", "").trim();
      return phrase.isEmpty() ? null : phrase(phrase, fields);
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    if (EXACT.matcher(token).matches()) {
      any.add(
          new BoostQuery(
              new TermQuery(new Term(Fields.EXACT, Fields.exactTerm(token))), EXACT_BOOST),
          Occur.SHOULD);
    }
    Query words = words(token, fields, typing);
    if (words != null) {
      any.add(words, Occur.SHOULD);
    }
    BooleanQuery built = any.build();
    return built.clauses().isEmpty() ? null : built;
  }

  private Query phrase(String phrase, List<String> fields) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String field : fields) {
      Query query = phrases.createPhraseQuery(field, phrase);
      if (query != null) {
        any.add(boosted(field, query), Occur.SHOULD);
      }
    }
    BooleanQuery built = any.build();
    return built.clauses().isEmpty() ? null : built;
  }

  /** A word may give several terms ({@code wi-fi}); each must match, in any field. */
  private Query words(String token, List<String> fields, boolean typing) {
    List<String> terms = analyze(token);
    if (terms.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (int i = 0; i < terms.size(); i++) {
      boolean prefix = typing && i == terms.size() - 1;
      String typed = prefix ? normalizedTail(token) : null;
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String field : fields) {
        any.add(boosted(field, term(field, terms.get(i), typed)), Occur.SHOULD);
      }
      all.add(any.build(), Occur.MUST);
    }
    return all.build();
  }

  private Query term(String field, String term, String typedPrefix) {
    BooleanQuery.Builder forms = new BooleanQuery.Builder();
    forms.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
    if (!forSnippets && term.length() >= FUZZY_MIN_LENGTH) {
      int edits = term.length() >= FUZZY_TWO_EDITS_LENGTH ? 2 : 1;
      forms.add(
          new BoostQuery(new FuzzyQuery(new Term(field, term), edits, 1), FUZZY_BOOST),
          Occur.SHOULD);
    }
    if (typedPrefix != null) {
      forms.add(new BoostQuery(prefix(field, term), PREFIX_BOOST), Occur.SHOULD);
      if (!typedPrefix.isEmpty() && !typedPrefix.equals(term)) {
        forms.add(new BoostQuery(prefix(field, typedPrefix), PREFIX_BOOST), Occur.SHOULD);
      }
    }
    return forms.build();
  }

  private Query prefix(String field, String start) {
    Term term = new Term(field, start);
    return forSnippets
        ? new PrefixQuery(
            term, new MultiTermQuery.TopTermsBoostOnlyBooleanQueryRewrite(SNIPPET_PREFIX_WORDS))
        : new PrefixQuery(term);
  }

  private static Query boosted(String field, Query query) {
    return Fields.TITLE.equals(field) ? new BoostQuery(query, TITLE_BOOST) : query;
  }

  /**
   * The last word as typed, lower-cased and folded but not stemmed, because a stem is not always a
   * prefix of what the reader is typing ({@code printe} stems to {@code print}, but {@code imprima}
   * must still find {@code imprimante}).
   */
  private String normalizedTail(String token) {
    String[] parts = token.split("[^\\p{L}\\p{N}]+");
    String tail = parts.length == 0 ? "" : parts[parts.length - 1];
    return tail.isEmpty() ? "" : analyzer.normalize(Fields.BODY, tail).utf8ToString();
  }

  List<String> analyze(String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(Fields.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}

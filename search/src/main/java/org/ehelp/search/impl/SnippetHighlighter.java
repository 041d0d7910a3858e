package org.ehelp.search.impl;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * A unified highlighter whose passages come back as {@link SnippetFormatter} parts, not text. It
 * quotes the stored documents the search already read, instead of reading them a second time.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

  private final Map<Integer, Document> documents;

  SnippetHighlighter(Builder builder, Map<Integer, Document> documents) {
    super(builder);
    this.documents = documents;
  }

  Map<String, Object[]> highlightParts(String[] fields, Query query, int[] docIds, int[] passages)
      throws IOException {
    return highlightFieldsAsObjects(fields, query, docIds, passages);
  }

  @Override
  protected List<CharSequence[]> loadFieldValues(
      String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
    List<CharSequence[]> values = new ArrayList<>();
    for (int doc = docIter.nextDoc();
        doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = docIter.nextDoc()) {
      Document document = documents.get(doc);
      CharSequence[] texts = new CharSequence[fields.length];
      for (int i = 0; i < fields.length; i++) {
        String text = document == null ? null : document.get(fields[i]);
        texts[i] = text == null ? "" : text.substring(0, Math.min(text.length(), getMaxLength()));
      }
      values.add(texts);
    }
    return values;
  }
}

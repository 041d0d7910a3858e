package org.ehelp.search.impl;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** A unified highlighter whose passages come back as {@link SnippetFormatter} parts, not text. */
final class SnippetHighlighter extends UnifiedHighlighter {

  SnippetHighlighter(Builder builder) {
    super(builder);
  }

  Map<String, Object[]> highlightParts(String[] fields, Query query, int[] docIds, int[] passages)
      throws IOException {
    return highlightFieldsAsObjects(fields, query, docIds, passages);
  }
}

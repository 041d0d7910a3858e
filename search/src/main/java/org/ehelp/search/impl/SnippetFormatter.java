package org.ehelp.search.impl;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.ehelp.search.Snippet;

/**
 * Cuts passages into plain and highlighted parts instead of writing markup, so that the caller
 * escapes all text and adds highlight markup of its own. Overlapping matches are merged.
 */
final class SnippetFormatter extends PassageFormatter {

  static final String ELLIPSIS = " … ";

  @Override
  public Object format(Passage[] passages, String content) {
    List<Snippet.Part> parts = new ArrayList<>();
    int pos = 0;
    for (Passage passage : passages) {
      if (passage.getStartOffset() > pos && !parts.isEmpty()) {
        parts.add(new Snippet.Part(ELLIPSIS, false));
      }
      pos = passage.getStartOffset();
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int start = passage.getMatchStarts()[i];
        int end = passage.getMatchEnds()[i];
        while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] < end) {
          end = Math.max(end, passage.getMatchEnds()[++i]);
        }
        if (start < pos) {
          start = pos;
        }
        if (start > pos) {
          parts.add(new Snippet.Part(content.substring(pos, start), false));
        }
        if (end > start) {
          parts.add(new Snippet.Part(content.substring(start, end), true));
        }
        pos = Math.max(pos, end);
      }
      if (passage.getEndOffset() > pos) {
        parts.add(new Snippet.Part(content.substring(pos, passage.getEndOffset()), false));
      }
      pos = passage.getEndOffset();
    }
    return parts;
  }
}

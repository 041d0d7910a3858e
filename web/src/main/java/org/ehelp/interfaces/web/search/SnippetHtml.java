package org.ehelp.interfaces.web.search;

import java.util.List;
import org.ehelp.search.Snippet;

/**
 * Renders snippets as HTML: every character of the document is escaped, and the only markup is the
 * {@code mark} element this class writes around highlighted parts.
 */
public final class SnippetHtml {

  private SnippetHtml() {}

  public static String render(List<Snippet> snippets) {
    StringBuilder html = new StringBuilder();
    for (Snippet snippet : snippets) {
      if (!html.isEmpty()) {
        html.append(" … ");
      }
      for (Snippet.Part part : snippet.parts()) {
        if (part.highlighted()) {
          html.append("<mark>").append(escape(part.text())).append("</mark>");
        } else {
          html.append(escape(part.text()));
        }
      }
    }
    return html.toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

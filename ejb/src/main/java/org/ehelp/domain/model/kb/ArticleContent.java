package org.ehelp.domain.model.kb;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ehelp.domain.error.InvalidInputException;

/**
 * What an edit sets: title, body (plain text, paragraphs separated by blank lines), tags and
 * audience. Tags are lower-cased and kept in order without duplicates.
 */
public record ArticleContent(String title, String body, List<String> tags, Audience audience) {

  static final int MAX_TITLE = 300;
  static final int MAX_BODY = 200_000;

  public ArticleContent {
    title = title == null ? "" : title.strip();
    body = body == null ? "" : body.strip();
    if (title.isEmpty()) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.missing", "title");
    }
    if (title.length() > MAX_TITLE) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.tooLong", "title", MAX_TITLE);
    }
    if (body.isEmpty()) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.missing", "body");
    }
    if (body.length() > MAX_BODY) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.tooLong", "body", MAX_BODY);
    }
    Set<String> cleaned = new LinkedHashSet<>();
    for (String tag : tags == null ? List.<String>of() : tags) {
      String t = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
      if (!t.isEmpty()) {
        cleaned.add(t.replace(",", " "));
      }
    }
    tags = List.copyOf(cleaned);
    audience = audience == null ? Audience.EVERYONE : audience;
  }

  String tagText() {
    return String.join(",", tags);
  }

  static List<String> tagsOf(String text) {
    return text == null || text.isBlank() ? List.of() : List.of(text.split(","));
  }
}

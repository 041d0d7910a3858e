package org.ehelp.application.kb;

import java.time.Instant;
import org.ehelp.domain.model.kb.ArticleVersion;

/**
 * One version in an article's history.
 *
 * @param restoredFrom the version this one restored, or null for an ordinary edit
 */
public record ArticleVersionSummary(
    int number,
    String title,
    String body,
    String editedBy,
    Instant editedAt,
    Integer restoredFrom) {

  static ArticleVersionSummary of(ArticleVersion v) {
    Integer restored =
        v.getNote() != null && v.getNote().startsWith("restored:")
            ? Integer.valueOf(v.getNote().substring("restored:".length()))
            : null;
    return new ArticleVersionSummary(
        v.getNumber(),
        v.getTitle(),
        v.getBody(),
        v.getEditedBy() == null ? null : v.getEditedBy().getDisplayName(),
        v.getEditedAt(),
        restored);
  }
}

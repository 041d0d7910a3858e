package org.ehelp.domain.model.kb;

import java.util.Map;
import java.util.Set;

/**
 * The life cycle of an article: written as a draft, submitted for review, published, archived. A
 * reviewer may send it back to draft, and an archived article may be reopened as a draft.
 */
public enum ArticleState {
  DRAFT,
  IN_REVIEW,
  PUBLISHED,
  ARCHIVED;

  private static final Map<ArticleState, Set<ArticleState>> NEXT =
      Map.of(
          DRAFT, Set.of(IN_REVIEW),
          IN_REVIEW, Set.of(PUBLISHED, DRAFT),
          PUBLISHED, Set.of(ARCHIVED, DRAFT),
          ARCHIVED, Set.of(DRAFT));

  public boolean canMoveTo(ArticleState target) {
    return NEXT.get(this).contains(target);
  }

  public Set<ArticleState> next() {
    return NEXT.get(this);
  }
}

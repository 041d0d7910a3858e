package org.ehelp.application.kb;

import java.time.Instant;
import java.util.List;
import org.ehelp.domain.model.kb.Article;
import org.ehelp.domain.model.kb.ArticleState;
import org.ehelp.domain.model.kb.Audience;

/**
 * An article as its reader sees it, with how often it solved a request and the readers' votes.
 *
 * @param myVote the reader's own vote, null when they have not voted
 * @param nextStates the states the reader may move it to; empty for non-staff
 */
public record ArticleDetails(
    long id,
    String title,
    String body,
    List<String> tags,
    String categoryCode,
    String categoryName,
    Audience audience,
    ArticleState state,
    int currentVersion,
    long version,
    Long sourceRequestId,
    String sourceRef,
    Instant createdAt,
    Instant updatedAt,
    long solvedCount,
    long helpfulYes,
    long helpfulNo,
    Boolean myVote,
    List<ArticleState> nextStates,
    boolean editable) {

  static ArticleDetails of(Article a, long solved, long[] votes, Boolean myVote, boolean staff) {
    return new ArticleDetails(
        a.getId(),
        a.getTitle(),
        a.getBody(),
        a.getTags(),
        a.getCategory() == null ? null : a.getCategory().getCode(),
        a.getCategory() == null ? null : a.getCategory().getName(),
        a.getAudience(),
        a.getState(),
        a.getCurrentVersion(),
        a.getVersion(),
        a.getSourceRequestId(),
        a.getSourceRef(),
        a.getCreatedAt(),
        a.getUpdatedAt(),
        solved,
        votes[0],
        votes[1],
        myVote,
        staff ? a.getState().next().stream().sorted().toList() : List.of(),
        staff && a.getState() != ArticleState.ARCHIVED);
  }
}

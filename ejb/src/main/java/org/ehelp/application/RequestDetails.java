package org.ehelp.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ehelp.application.sla.SlaMark;
import org.ehelp.domain.model.request.Action;
import org.ehelp.domain.model.request.ApprovalDecision;
import org.ehelp.domain.model.request.Channel;
import org.ehelp.domain.model.request.Priority;
import org.ehelp.domain.model.request.RequestState;
import org.ehelp.domain.model.request.TaskState;

/**
 * A request as one reader may see it: internal comments are left out for readers who are not staff,
 * and {@code actions} lists only what this reader may do now.
 */
public record RequestDetails(
    long id,
    String number,
    String title,
    String description,
    RequestState state,
    Priority priority,
    Channel channel,
    String categoryCode,
    String categoryName,
    PersonRef requester,
    PersonRef filer,
    PersonRef technician,
    String supportGroup,
    String solution,
    String holdReason,
    Instant resumeAt,
    Instant createdAt,
    Instant updatedAt,
    Instant closedAt,
    long version,
    Set<Action> actions,
    List<HistoryItem> history,
    List<CommentItem> comments,
    List<TaskItem> tasks,
    List<ApprovalItem> approvals,
    SlaMark sla) {

  /** One entry of the request's history. */
  public record HistoryItem(
      int seq,
      Action action,
      RequestState fromState,
      RequestState toState,
      PersonRef actor,
      String actorName,
      Instant occurredAt,
      String note) {}

  public record CommentItem(
      long id, PersonRef author, String body, boolean internal, Instant createdAt) {}

  /**
   * A task, with the task actions this reader may take on it.
   *
   * @param actions the subset of START_TASK, COMPLETE_TASK and CANCEL_TASK allowed now
   */
  public record TaskItem(
      long id,
      PersonRef contributor,
      String description,
      LocalDate dueDate,
      TaskState state,
      String note,
      Instant createdAt,
      Instant updatedAt,
      Set<Action> actions) {}

  public record ApprovalItem(
      long id,
      PersonRef responsible,
      String question,
      ApprovalDecision decision,
      String answer,
      Instant askedAt,
      Instant decidedAt) {}
}

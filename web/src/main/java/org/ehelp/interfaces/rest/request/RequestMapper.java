package org.ehelp.interfaces.rest.request;

import java.util.Collection;
import java.util.List;
import org.ehelp.application.Page;
import org.ehelp.application.RequestDetails;
import org.ehelp.application.RequestDetails.ApprovalItem;
import org.ehelp.application.RequestDetails.CommentItem;
import org.ehelp.application.RequestDetails.HistoryItem;
import org.ehelp.application.RequestDetails.TaskItem;
import org.ehelp.application.RequestSummary;
import org.ehelp.domain.model.request.Action;
import org.ehelp.interfaces.rest.directory.DirectoryMapper;

/** Turns the request read models of the application into the API's DTOs. */
public final class RequestMapper {

  private RequestMapper() {}

  public static RequestDto request(RequestDetails details) {
    return new RequestDto(
        details.id(),
        details.number(),
        details.title(),
        details.description(),
        details.state(),
        details.priority(),
        details.channel(),
        details.categoryCode(),
        details.categoryName(),
        DirectoryMapper.person(details.requester()),
        DirectoryMapper.person(details.filer()),
        DirectoryMapper.person(details.technician()),
        details.supportGroup(),
        details.solution(),
        details.holdReason(),
        details.resumeAt(),
        details.createdAt(),
        details.updatedAt(),
        details.closedAt(),
        details.version(),
        actions(details.actions()),
        details.tasks().stream().map(RequestMapper::task).toList(),
        details.approvals().stream().map(RequestMapper::approval).toList(),
        SlaMarkDto.of(details.sla()));
  }

  public static RequestPageDto page(Page<RequestSummary> page) {
    return new RequestPageDto(
        page.items().stream().map(RequestMapper::summary).toList(), page.total(), page.next());
  }

  public static RequestSummaryDto summary(RequestSummary summary) {
    return new RequestSummaryDto(
        summary.id(),
        summary.number(),
        summary.title(),
        summary.state(),
        summary.priority(),
        summary.channel(),
        summary.categoryCode(),
        summary.categoryName(),
        DirectoryMapper.person(summary.requester()),
        DirectoryMapper.person(summary.technician()),
        summary.createdAt(),
        summary.updatedAt(),
        summary.version(),
        SlaMarkDto.of(summary.sla()));
  }

  public static HistoryEntryDto history(HistoryItem item) {
    return new HistoryEntryDto(
        item.seq(),
        ActionNames.of(item.action()),
        item.fromState(),
        item.toState(),
        DirectoryMapper.person(item.actor()),
        item.actorName(),
        item.occurredAt(),
        item.note());
  }

  public static CommentDto comment(CommentItem item) {
    return new CommentDto(
        item.id(),
        DirectoryMapper.person(item.author()),
        item.body(),
        item.internal(),
        item.createdAt());
  }

  static TaskDto task(TaskItem item) {
    return new TaskDto(
        item.id(),
        DirectoryMapper.person(item.contributor()),
        item.description(),
        item.dueDate(),
        item.state(),
        item.note(),
        item.createdAt(),
        item.updatedAt(),
        actions(item.actions()));
  }

  static ApprovalDto approval(ApprovalItem item) {
    return new ApprovalDto(
        item.id(),
        DirectoryMapper.person(item.responsible()),
        item.question(),
        item.decision(),
        item.answer(),
        item.askedAt(),
        item.decidedAt());
  }

  /** Returns the actions in kebab case, in the order of the lifecycle. */
  private static List<String> actions(Collection<Action> actions) {
    return actions.stream().sorted().map(ActionNames::of).toList();
  }
}

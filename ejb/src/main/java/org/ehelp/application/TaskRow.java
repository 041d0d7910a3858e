package org.ehelp.application;

import java.time.Instant;
import java.time.LocalDate;
import org.ehelp.application.sla.SlaMark;
import org.ehelp.domain.model.request.RequestNumber;
import org.ehelp.domain.model.request.RequestState;
import org.ehelp.domain.model.request.Task;
import org.ehelp.domain.model.request.TaskState;

/**
 * A task in a worklist, with the request it belongs to.
 *
 * @param requestVersion the request's version when the list was read, sent back with an action
 */
public record TaskRow(
    long id,
    long requestId,
    String requestNumber,
    String requestTitle,
    RequestState requestState,
    long requestVersion,
    PersonRef contributor,
    String description,
    LocalDate dueDate,
    TaskState state,
    String note,
    Instant createdAt,
    Instant updatedAt,
    SlaMark sla) {

  public static TaskRow of(Task task, SlaMark sla) {
    return new TaskRow(
        task.getId(),
        task.getRequest().getId(),
        new RequestNumber(task.getRequest().getId()).toString(),
        task.getRequest().getTitle(),
        task.getRequest().getState(),
        task.getRequest().getVersion(),
        PersonRef.of(task.getContributor()),
        task.getDescription(),
        task.getDueDate(),
        task.getState(),
        task.getNote(),
        task.getCreatedAt(),
        task.getUpdatedAt(),
        sla);
  }
}

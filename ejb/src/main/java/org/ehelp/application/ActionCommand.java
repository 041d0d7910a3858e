package org.ehelp.application;

import java.time.Instant;
import java.time.LocalDate;
import org.ehelp.domain.model.request.Action;
import org.ehelp.domain.model.request.Priority;

/**
 * One lifecycle action as a screen or the API submits it.
 *
 * @param expectedVersion the version of the request the person saw, or null to act on the current
 *     one
 * @param text the reason, question, solution or note the action records
 * @param technicianId the technician to dispatch to
 * @param responsibleId the responsible to ask for approval
 * @param contributorId the contributor to give a task to
 * @param taskId the task acted on
 * @param dueDate the due date of a new task
 * @param resumeAt when a request put on hold resumes by itself
 * @param priority the new priority of a reclassified request
 * @param categoryCode the code of the new category of a reclassified request
 */
public record ActionCommand(
    Action action,
    Long expectedVersion,
    String text,
    Long technicianId,
    Long responsibleId,
    Long contributorId,
    Long taskId,
    LocalDate dueDate,
    Instant resumeAt,
    Priority priority,
    String categoryCode) {

  public static ActionCommand of(Action action, Long expectedVersion, String text) {
    return new ActionCommand(
        action, expectedVersion, text, null, null, null, null, null, null, null, null);
  }
}

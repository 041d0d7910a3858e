package org.ehelp.interfaces.rest.request;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The input of an action. Each action reads only the fields it uses, and an action that needs none
 * may be sent without a body.
 *
 * @param text the reason, question, solution, task description or note the action records
 * @param technicianId the technician to dispatch to
 * @param responsibleId the responsible to ask for approval
 * @param contributorId the contributor to give a task to
 * @param taskId the task acted on
 * @param dueDate the due date of a new task
 * @param resumeAt when a request put on hold resumes by itself
 * @param priority the new priority (P1 to P4) of a request being reclassified
 * @param categoryCode the code of the new category of a request being reclassified
 */
public record ActionDto(
    String text,
    Long technicianId,
    Long responsibleId,
    Long contributorId,
    Long taskId,
    LocalDate dueDate,
    Instant resumeAt,
    String priority,
    String categoryCode) {

  static final ActionDto EMPTY =
      new ActionDto(null, null, null, null, null, null, null, null, null);
}

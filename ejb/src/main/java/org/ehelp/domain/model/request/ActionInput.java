package org.ehelp.domain.model.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.ehelp.domain.model.category.Category;
import org.ehelp.domain.model.person.Person;

/**
 * What a person supplies with an action, already resolved to entities. Which fields an action reads
 * is declared by its {@link Need}s.
 *
 * @param text the reason, question, solution or note; blank counts as missing
 * @param technician the technician to dispatch to
 * @param responsible the responsible to ask
 * @param contributor the contributor to give a task to
 * @param taskId the task acted on
 * @param dueDate the due date of a new task
 * @param resumeAt when a request on hold resumes by itself
 * @param priority the new priority of a reclassified request
 * @param category the new category of a reclassified request
 */
public record ActionInput(
    String text,
    Person technician,
    Person responsible,
    Person contributor,
    Long taskId,
    LocalDate dueDate,
    Instant resumeAt,
    Priority priority,
    Category category) {

  public static ActionInput none() {
    return new ActionInput(null, null, null, null, null, null, null, null, null);
  }

  public static ActionInput text(String text) {
    return new ActionInput(text, null, null, null, null, null, null, null, null);
  }

  /** Returns the needs this input fills. */
  public Set<Need> supplied() {
    Set<Need> supplied = EnumSet.noneOf(Need.class);
    if (text != null && !text.isBlank()) {
      supplied.add(Need.TEXT);
    }
    if (technician != null) {
      supplied.add(Need.TECHNICIAN);
    }
    if (responsible != null) {
      supplied.add(Need.RESPONSIBLE);
    }
    if (contributor != null) {
      supplied.add(Need.CONTRIBUTOR);
    }
    if (taskId != null) {
      supplied.add(Need.TASK);
    }
    if (priority != null || category != null) {
      supplied.add(Need.CLASSIFICATION);
    }
    return supplied;
  }

  /** Returns the text stripped, or null when blank. */
  public String note() {
    return text == null || text.isBlank() ? null : text.strip();
  }
}

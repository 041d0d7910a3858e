package org.ehelp.interfaces.web.work;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ehelp.application.ActionCommand;
import org.ehelp.application.RequestService;
import org.ehelp.application.TaskRow;
import org.ehelp.application.WorkService;
import org.ehelp.domain.model.request.Action;
import org.ehelp.domain.model.request.TaskState;
import org.ehelp.interfaces.web.session.UserSession;
import org.ehelp.interfaces.web.support.Pages;
import org.ehelp.interfaces.web.support.Texts;

/**
 * The contributor's tasks, the soonest due first: start an open task, complete a started one with a
 * note. Each action carries the version of the request the person read.
 */
@Named
@ViewScoped
public class TasksView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorkService work;

  @Inject private RequestService requests;

  @Inject private UserSession user;

  private List<TaskRow> tasks = List.of();
  private final Map<Long, String> notes = new HashMap<>();

  @PostConstruct
  void init() {
    if (user.isContributor()) {
      tasks = work.myTasks();
    }
  }

  /** Sends 403 to anyone who is not a contributor. */
  public void requireContributor() throws IOException {
    if (!user.isContributor()) {
      Pages.forbidden();
    }
  }

  /** Starts an open task. */
  public String start(TaskRow task, long version) {
    requests.perform(task.requestId(), command(Action.START_TASK, task, version, null));
    Texts.flashInfo("portal.tasks.started", task.requestNumber());
    return "/work/tasks?faces-redirect=true";
  }

  /** Completes a task with the note typed for it. */
  public String complete(TaskRow task, long version) {
    requests.perform(
        task.requestId(), command(Action.COMPLETE_TASK, task, version, notes.get(task.id())));
    Texts.flashInfo("portal.tasks.completed", task.requestNumber());
    return "/work/tasks?faces-redirect=true";
  }

  private static ActionCommand command(Action action, TaskRow task, long version, String note) {
    return new ActionCommand(
        action,
        version,
        note == null || note.isBlank() ? null : note,
        null,
        null,
        null,
        task.id(),
        null,
        null,
        null,
        null);
  }

  /** Whether the task is past its due date in the reader's time zone. */
  public boolean isLate(TaskRow task) {
    return task.dueDate() != null && task.dueDate().isBefore(LocalDate.now(user.getZone()));
  }

  public boolean isOpen(TaskRow task) {
    return task.state() == TaskState.OPEN;
  }

  public List<TaskRow> getTasks() {
    return tasks;
  }

  /** Returns the typed completion notes, by task id. */
  public Map<Long, String> getNotes() {
    return notes;
  }
}

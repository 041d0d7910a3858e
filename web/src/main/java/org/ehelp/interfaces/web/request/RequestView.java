package org.ehelp.interfaces.web.request;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import org.ehelp.application.ActionCommand;
import org.ehelp.application.CategoryRef;
import org.ehelp.application.DirectoryService;
import org.ehelp.application.RequestDetails;
import org.ehelp.application.RequestDetails.HistoryItem;
import org.ehelp.application.RequestDetails.TaskItem;
import org.ehelp.application.RequestService;
import org.ehelp.application.TechnicianLoad;
import org.ehelp.domain.error.NotFoundException;
import org.ehelp.domain.i18n.Localizable;
import org.ehelp.domain.model.person.Role;
import org.ehelp.domain.model.request.Action;
import org.ehelp.domain.model.request.Priority;
import org.ehelp.interfaces.web.session.UserSession;
import org.ehelp.interfaces.web.support.Pages;
import org.ehelp.interfaces.web.support.Texts;

/**
 * The request page: what the request says, its history, comments, tasks and approvals, and the
 * actions the reader may take now. Each action is sent with the version the page shows, so acting
 * on a request someone else changed meanwhile is refused as stale instead of overwriting.
 */
@Named
@ViewScoped
public class RequestView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RequestService requests;

  @Inject private DirectoryService directory;

  @Inject private UserSession user;

  private Long id;
  private RequestDetails request;
  private final ActionForm form = new ActionForm();
  private List<SelectItem> technicians;
  private List<SelectItem> responsibles;
  private List<SelectItem> contributors;
  private List<CategoryRef> categories;
  private String comment;
  private boolean internal;

  /** Loads the request named by the {@code id} parameter, or answers 404. */
  public void load() throws IOException {
    if (id == null) {
      Pages.notFound();
      return;
    }
    request = requests.get(id);
  }

  /** Opens the dialog of an action on the request. */
  public void prepare(Action action) {
    if (action == Action.RECLASSIFY) {
      form.startReclassify(request.state(), request.priority(), request.categoryCode());
    } else {
      form.start(action, null, request.state());
    }
  }

  /** Opens the dialog of an action on one task. */
  public void prepareTask(Action action, long taskId) {
    form.start(action, taskId, request.state());
  }

  /** Performs the action of the open dialog, then shows the request as it is now. */
  public String perform() {
    ActionCommand command = form.command(request.version(), user.getZone());

    requests.perform(request.id(), command);

    Texts.flashInfo(
        "portal.action.done", request.number(), Localizable.of(command.action().messageKey()));
    return afterChange();
  }

  /** Adds the typed comment, or internal note. */
  public String postComment() {
    requests.comment(request.id(), comment, internal && user.isStaff());

    Texts.flashInfo(internal ? "portal.comment.internalAdded" : "portal.comment.added");
    return afterChange();
  }

  // Handing a request back can take it out of the reader's sight, so the page is reopened only
  // when the reader can still read it.
  private String afterChange() {
    try {
      requests.version(request.id());
    } catch (NotFoundException e) {
      return "/index?faces-redirect=true";
    }
    return "/requests/view?faces-redirect=true&id=" + request.id();
  }

  public List<Action> getActions() {
    return request.actions().stream().sorted().toList();
  }

  public List<HistoryItem> getHistory() {
    return request.history().stream().sorted(Comparator.comparingInt(HistoryItem::seq)).toList();
  }

  /** Returns the technicians to dispatch to, each with their number of open requests. */
  public List<SelectItem> getTechnicians() {
    if (technicians == null) {
      technicians =
          directory.technicians().stream()
              .sorted(Comparator.comparing((TechnicianLoad t) -> t.technician().displayName()))
              .map(
                  t ->
                      new SelectItem(
                          t.technician().id(),
                          Texts.format(
                              "portal.technician.option",
                              t.technician().displayName(),
                              String.join(", ", t.groups()),
                              t.openRequests())))
              .toList();
    }
    return technicians;
  }

  public List<SelectItem> getResponsibles() {
    if (responsibles == null) {
      responsibles = people(Role.RESPONSIBLE);
    }
    return responsibles;
  }

  /** Returns the categories a request can be moved to. */
  public List<CategoryRef> getCategories() {
    if (categories == null) {
      categories = directory.categories();
    }
    return categories;
  }

  public Priority[] getPriorities() {
    return Priority.values();
  }

  public List<SelectItem> getContributors() {
    if (contributors == null) {
      contributors = people(Role.CONTRIBUTOR);
    }
    return contributors;
  }

  private List<SelectItem> people(Role role) {
    return directory.withRole(role).stream()
        .map(p -> new SelectItem(p.id(), p.displayName()))
        .toList();
  }

  /** Returns the task the open dialog acts on, or null for an action on the request. */
  public TaskItem getFormTask() {
    if (form.getTaskId() == null) {
      return null;
    }
    return request.tasks().stream()
        .filter(t -> t.id() == form.getTaskId())
        .findFirst()
        .orElse(null);
  }

  public LocalDate getToday() {
    return LocalDate.now(user.getZone());
  }

  public LocalDateTime getNow() {
    return LocalDateTime.now(user.getZone());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public RequestDetails getRequest() {
    return request;
  }

  public ActionForm getForm() {
    return form;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public boolean isInternal() {
    return internal;
  }

  public void setInternal(boolean internal) {
    this.internal = internal;
  }
}

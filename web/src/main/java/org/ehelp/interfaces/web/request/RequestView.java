package org.ehelp.interfaces.web.request;

import jakarta.faces.context.FacesContext;
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
import java.util.stream.Collectors;
import org.ehelp.application.ActionCommand;
import org.ehelp.application.CategoryRef;
import org.ehelp.application.DirectoryService;
import org.ehelp.application.RequestDetails;
import org.ehelp.application.RequestDetails.HistoryItem;
import org.ehelp.application.RequestDetails.TaskItem;
import org.ehelp.application.RequestService;
import org.ehelp.application.TechnicianLoad;
import org.ehelp.application.attachments.AttachmentItem;
import org.ehelp.application.attachments.AttachmentLimits;
import org.ehelp.application.attachments.AttachmentService;
import org.ehelp.domain.error.NotFoundException;
import org.ehelp.domain.error.StaleVersionException;
import org.ehelp.domain.i18n.Localizable;
import org.ehelp.domain.model.person.Role;
import org.ehelp.domain.model.request.Action;
import org.ehelp.domain.model.request.Priority;
import org.ehelp.interfaces.web.session.UserSession;
import org.ehelp.interfaces.web.support.Pages;
import org.ehelp.interfaces.web.support.Texts;
import org.ehelp.interfaces.web.support.TimeConverter;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The request page: the request's details, history, comments, tasks, approvals and attachments, and
 * the actions the reader may take now. Each action form carries the version the reader saw. An
 * action on a request that someone else changed meanwhile is refused as stale: the page then shows
 * the request as it is now and keeps the typed text, so nothing is lost or overwritten.
 */
@Named
@ViewScoped
public class RequestView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RequestService requests;

  @Inject private DirectoryService directory;

  @Inject private UserSession user;

  @Inject private AttachmentService attachmentService;

  private Long id;
  private RequestDetails request;
  private final ActionForm form = new ActionForm();
  private List<SelectItem> technicians;
  private List<SelectItem> responsibles;
  private List<SelectItem> contributors;
  private List<CategoryRef> categories;
  private String comment;
  private boolean internal;
  private long shownVersion;
  private boolean stale;
  private List<AttachmentItem> attachments;
  private AttachmentLimits limits;
  private boolean attachmentInternal;

  /** Loads the request named by the {@code id} parameter, or answers 404. */
  public void load() throws IOException {
    if (id == null) {
      Pages.notFound();
      return;
    }
    show(requests.get(id));
  }

  private void show(RequestDetails details) {
    request = details;
    shownVersion = details.version();
    attachments = attachmentService.list(details.id());
  }

  /** Opens the dialog of an action on the request. */
  public void prepare(Action action) {
    stale = false;
    if (action == Action.RECLASSIFY) {
      form.startReclassify(request.state(), request.priority(), request.categoryCode());
    } else {
      form.start(action, null, request.state());
    }
  }

  /** Opens the dialog of an action on one task. */
  public void prepareTask(Action action, long taskId) {
    stale = false;
    form.start(action, taskId, request.state());
  }

  /**
   * Performs the action of the open dialog as of the version the form carried, then shows the
   * request as it is now. When someone else changed the request first, nothing is done: the page
   * shows the current request and who changed it, and the dialog keeps the typed text.
   */
  public String perform() {
    ActionCommand command = form.command(shownVersion, user.getZone());
    try {
      requests.perform(request.id(), command);
    } catch (StaleVersionException e) {
      showChangedMeanwhile();
      return null;
    }

    Texts.flashInfo(
        "portal.action.done", request.number(), Localizable.of(command.action().messageKey()));
    return afterChange();
  }

  private void showChangedMeanwhile() {
    show(requests.get(request.id()));
    stale = true;
    HistoryItem last =
        request.history().stream().max(Comparator.comparingInt(HistoryItem::seq)).orElseThrow();
    String who =
        last.actor() != null
            ? last.actor().displayName()
            : last.actorName() != null ? last.actorName() : Texts.format("portal.request.system");
    Texts.error(
        "portal.request.stale",
        request.number(),
        who,
        Localizable.of(last.action().messageKey()),
        TimeConverter.format(last.occurredAt(), user.getZone()));
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** Attaches the uploaded file to the request. */
  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    AttachmentItem added =
        attachmentService.upload(
            request.id(),
            file.getFileName(),
            file.getContent(),
            attachmentInternal && user.isStaff());
    attachments = attachmentService.list(request.id());
    Texts.info("portal.attachment.added", added.fileName());
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

  /** Returns the version of the request the page shows, which every action form sends back. */
  public long getShownVersion() {
    return shownVersion;
  }

  public void setShownVersion(long shownVersion) {
    this.shownVersion = shownVersion;
  }

  /** Whether the last action was refused because someone else changed the request first. */
  public boolean isStale() {
    return stale;
  }

  public List<AttachmentItem> getAttachments() {
    return attachments;
  }

  /** Returns the upload limits, read once per page. */
  public AttachmentLimits getLimits() {
    if (limits == null) {
      limits = attachmentService.limits();
    }
    return limits;
  }

  /** Returns the accepted extensions for people to read, such as .pdf, .png. */
  public String getAcceptShown() {
    return getLimits().extensions().stream().map(e -> "." + e).collect(Collectors.joining(", "));
  }

  /** Returns the accepted extensions for the file input's accept attribute, such as .pdf,.png. */
  public String getAccept() {
    return getLimits().extensions().stream().map(e -> "." + e).collect(Collectors.joining(","));
  }

  public boolean isAttachmentInternal() {
    return attachmentInternal;
  }

  public void setAttachmentInternal(boolean attachmentInternal) {
    this.attachmentInternal = attachmentInternal;
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

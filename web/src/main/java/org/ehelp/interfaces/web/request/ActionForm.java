package org.ehelp.interfaces.web.request;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.ehelp.application.ActionCommand;
import org.ehelp.domain.model.request.Action;
import org.ehelp.domain.model.request.Lifecycle;
import org.ehelp.domain.model.request.Need;
import org.ehelp.domain.model.request.Party;
import org.ehelp.domain.model.request.Priority;
import org.ehelp.domain.model.request.RequestState;

/**
 * What the dialog of one action asks for. The fields shown follow {@link Lifecycle#needs}: a
 * required text when the action needs one and an optional note otherwise, a picker for each person
 * the action needs, the due date of a new task and the resume date of a hold.
 */
public class ActionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Every party a person can play; the lifecycle's needs differ only for the timer. */
  private static final Set<Party> PEOPLE = EnumSet.complementOf(EnumSet.of(Party.SYSTEM));

  /** Actions whose text has a name of its own on the form, such as "solution". */
  private static final Set<Action> NAMED_TEXTS =
      EnumSet.of(
          Action.REJECT,
          Action.HAND_BACK,
          Action.ASK_APPROVAL,
          Action.REFUSE_APPROVAL,
          Action.PUT_ON_HOLD,
          Action.ADD_TASK,
          Action.COMPLETE_TASK,
          Action.CANCEL_TASK,
          Action.MARK_REALIZED,
          Action.RETURN_TO_TECHNICIAN,
          Action.SEND_FOR_VALIDATION,
          Action.REFUSE,
          Action.CLOSE,
          Action.WITHDRAW);

  private Action action;
  private Long taskId;
  private Set<Need> needs = EnumSet.noneOf(Need.class);
  private String text;
  private Long technicianId;
  private Long responsibleId;
  private Long contributorId;
  private LocalDate dueDate;
  private LocalDateTime resumeAt;
  private Priority priority;
  private String categoryCode;

  /** Clears the form for a new action on a request in the given state. */
  void start(Action chosen, Long task, RequestState state) {
    action = chosen;
    taskId = task;
    needs = EnumSet.noneOf(Need.class);
    needs.addAll(Lifecycle.needs(chosen, state, PEOPLE));
    text = null;
    technicianId = null;
    responsibleId = null;
    contributorId = null;
    dueDate = null;
    resumeAt = null;
    priority = null;
    categoryCode = null;
  }

  /** Starts a reclassification with the request's current priority and category chosen. */
  void startReclassify(RequestState state, Priority current, String currentCategory) {
    start(Action.RECLASSIFY, null, state);
    priority = current;
    categoryCode = currentCategory;
  }

  /** Returns the command to send, resolving the resume date in the reader's time zone. */
  ActionCommand command(long shownVersion, ZoneId zone) {
    String note = text == null || text.isBlank() ? null : text;
    return new ActionCommand(
        action,
        shownVersion,
        note,
        isAsksTechnician() ? technicianId : null,
        isAsksResponsible() ? responsibleId : null,
        isAsksContributor() ? contributorId : null,
        taskId,
        isAsksDueDate() ? dueDate : null,
        isAsksResumeAt() && resumeAt != null ? resumeAt.atZone(zone).toInstant() : null,
        isAsksClassification() ? priority : null,
        isAsksClassification() ? categoryCode : null);
  }

  public Action getAction() {
    return action;
  }

  public Long getTaskId() {
    return taskId;
  }

  public boolean isTextRequired() {
    return needs.contains(Need.TEXT);
  }

  /** Returns the bundle key of the text field's label. */
  public String getTextLabel() {
    if (action != null && NAMED_TEXTS.contains(action)) {
      return "portal.text." + action.name();
    }
    return "portal.text.note";
  }

  public boolean isAsksTechnician() {
    return needs.contains(Need.TECHNICIAN);
  }

  public boolean isAsksResponsible() {
    return needs.contains(Need.RESPONSIBLE);
  }

  public boolean isAsksContributor() {
    return needs.contains(Need.CONTRIBUTOR);
  }

  public boolean isAsksDueDate() {
    return action == Action.ADD_TASK;
  }

  public boolean isAsksResumeAt() {
    return action == Action.PUT_ON_HOLD;
  }

  public boolean isAsksClassification() {
    return needs.contains(Need.CLASSIFICATION);
  }

  public Priority getPriority() {
    return priority;
  }

  public void setPriority(Priority priority) {
    this.priority = priority;
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public void setCategoryCode(String categoryCode) {
    this.categoryCode = categoryCode;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Long getTechnicianId() {
    return technicianId;
  }

  public void setTechnicianId(Long technicianId) {
    this.technicianId = technicianId;
  }

  public Long getResponsibleId() {
    return responsibleId;
  }

  public void setResponsibleId(Long responsibleId) {
    this.responsibleId = responsibleId;
  }

  public Long getContributorId() {
    return contributorId;
  }

  public void setContributorId(Long contributorId) {
    this.contributorId = contributorId;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public LocalDateTime getResumeAt() {
    return resumeAt;
  }

  public void setResumeAt(LocalDateTime resumeAt) {
    this.resumeAt = resumeAt;
  }
}

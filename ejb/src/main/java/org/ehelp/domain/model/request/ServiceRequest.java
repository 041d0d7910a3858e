package org.ehelp.domain.model.request;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ehelp.domain.error.ActionRejectedException;
import org.ehelp.domain.error.NotFoundException;
import org.ehelp.domain.i18n.Localizable;
import org.ehelp.domain.model.category.Category;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.Role;
import org.ehelp.domain.model.person.SupportGroup;

/**
 * A request for assistance: the aggregate root of the helpdesk. Its state, tasks and approvals
 * change only through {@link #perform}, which applies a rule that {@link Lifecycle} granted and
 * appends the history entry in the same step.
 */
@Entity
@Table(name = "service_request")
public class ServiceRequest {

  @Id
  @SequenceGenerator(name = "request_seq", sequenceName = "request_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_seq")
  private Long id;

  private String title;

  private String description;

  @Enumerated(EnumType.STRING)
  private RequestState state;

  @Enumerated(EnumType.STRING)
  private Priority priority;

  @Enumerated(EnumType.STRING)
  private Channel channel;

  @ManyToOne
  @JoinColumn(name = "category_id")
  private Category category;

  @ManyToOne(optional = false)
  @JoinColumn(name = "requester_id")
  private Person requester;

  @ManyToOne(optional = false)
  @JoinColumn(name = "filer_id")
  private Person filer;

  @ManyToOne
  @JoinColumn(name = "technician_id")
  private Person technician;

  @ManyToOne
  @JoinColumn(name = "support_group_id")
  private SupportGroup supportGroup;

  private String solution;

  @Column(name = "hold_reason")
  private String holdReason;

  @Column(name = "resume_at")
  private Instant resumeAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "validation_sent_at")
  private Instant validationSentAt;

  @Column(name = "validation_reminded_at")
  private Instant validationRemindedAt;

  @Column(name = "external_ref")
  private String externalRef;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "history_count")
  private int historyCount;

  @Version private long version;

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
  @OrderBy("seq")
  private List<HistoryEntry> history = new ArrayList<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
  @OrderBy("createdAt")
  private List<Comment> comments = new ArrayList<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
  @OrderBy("createdAt")
  private List<Task> tasks = new ArrayList<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
  @OrderBy("askedAt")
  private List<Approval> approvals = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "request_access", joinColumns = @JoinColumn(name = "request_id"))
  @Column(name = "access_key")
  private Set<String> accessKeys = new HashSet<>();

  protected ServiceRequest() {}

  /** Files a new request, {@link RequestState#SUBMITTED}, with its first history entry. */
  public ServiceRequest(
      String title,
      String description,
      Priority priority,
      Category category,
      Channel channel,
      Person requester,
      Person filer,
      Instant filedAt) {
    this.title = title;
    this.description = description;
    this.priority = priority;
    this.category = category;
    this.channel = channel;
    this.requester = Objects.requireNonNull(requester);
    this.filer = Objects.requireNonNull(filer);
    this.state = RequestState.SUBMITTED;
    this.createdAt = filedAt;
    this.updatedAt = filedAt;
    record(Action.FILE, null, RequestState.SUBMITTED, filer, null, filedAt);
  }

  /**
   * Applies a granted rule: checks what the state alone cannot show (open tasks, the task's own
   * state), changes the request, and appends the history entry.
   *
   * @param actor the person acting, or null for a timer
   * @return the history entry written
   */
  public HistoryEntry perform(Transition rule, Person actor, ActionInput input, Instant now) {
    RequestState before = state;
    String note =
        rule.action() == Action.RECLASSIFY ? reclassify(input, input.note()) : input.note();

    switch (rule.action()) {
      case DISPATCH -> assignTo(input.technician());
      case TAKE -> assignTo(actor);
      case HAND_BACK -> {
        technician = null;
        supportGroup = null;
      }
      case ASK_APPROVAL -> approvals.add(new Approval(this, input.responsible(), note, now));
      case APPROVE -> pendingApproval().decide(ApprovalDecision.APPROVED, note, now);
      case REFUSE_APPROVAL -> pendingApproval().decide(ApprovalDecision.REFUSED, note, now);
      case PUT_ON_HOLD -> {
        holdReason = note;
        resumeAt = input.resumeAt();
      }
      case RESUME -> {
        holdReason = null;
        resumeAt = null;
      }
      case ADD_TASK -> tasks.add(new Task(this, input.contributor(), note, input.dueDate(), now));
      case START_TASK ->
          moveTask(input.taskId(), EnumSet.of(TaskState.OPEN), TaskState.STARTED, null, now);
      case COMPLETE_TASK ->
          moveTask(
              input.taskId(),
              EnumSet.of(TaskState.OPEN, TaskState.STARTED),
              TaskState.DONE,
              note,
              now);
      case CANCEL_TASK ->
          moveTask(
              input.taskId(),
              EnumSet.of(TaskState.OPEN, TaskState.STARTED),
              TaskState.CANCELLED,
              note,
              now);
      case MARK_REALIZED -> {
        requireNoPendingTask();
        solution = note;
      }
      case SEND_FOR_VALIDATION -> validationSentAt = now;
      case ACCEPT -> acceptedAt = now;
      case REFUSE -> acceptedAt = null;
      case CLOSE, WITHDRAW, REJECT -> closedAt = now;
      default -> {
        // START and RETURN_TO_TECHNICIAN change the state only.
      }
    }

    state = rule.targetFrom(before);
    updatedAt = now;
    return record(rule.action(), before, state, actor, note, now);
  }

  /** Returns the parts the person plays on this request, for {@link Lifecycle#authorize}. */
  public Set<Party> partiesOf(Person person, Long taskId) {
    Set<Party> parties = EnumSet.noneOf(Party.class);
    if (person == null) {
      parties.add(Party.SYSTEM);
      return parties;
    }
    if (isSame(person, requester)) {
      parties.add(Party.REQUESTER);
    } else if (isSame(person, filer)) {
      parties.add(Party.FILER);
    }
    if (person.hasRole(Role.CALL_CENTER)) {
      parties.add(Party.CALL_CENTER);
    }
    if (isSame(person, technician)) {
      parties.add(Party.TECHNICIAN);
    }
    if (findPendingApproval().filter(a -> isSame(person, a.getResponsible())).isPresent()) {
      parties.add(Party.RESPONSIBLE);
    }
    boolean contributes =
        taskId == null
            ? tasks.stream()
                .anyMatch(t -> t.getState().isPending() && isSame(person, t.getContributor()))
            : tasks.stream()
                .anyMatch(t -> t.getId().equals(taskId) && isSame(person, t.getContributor()));
    if (contributes) {
      parties.add(Party.CONTRIBUTOR);
    }
    return parties;
  }

  /** Adds a comment; internal ones are for staff only. */
  public Comment comment(Person author, String body, boolean internal, Instant now) {
    if (state.isFinal()) {
      throw ActionRejectedException.conflict("error.comment.final", getNumber());
    }
    Comment comment = new Comment(this, author, body.strip(), internal, now);
    comments.add(comment);
    updatedAt = now;
    return comment;
  }

  /** Recomputes who may read the request; call after every change that touches its parties. */
  public void refreshAccess() {
    Set<String> keys = AccessRule.keysOf(this);
    accessKeys.retainAll(keys);
    accessKeys.addAll(keys);
  }

  /**
   * Marks the request as coming from an import, so that importing the same row again is a no-op.
   */
  public void markImported(String externalRef, Instant createdAt) {
    this.externalRef = externalRef;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
    history.forEach(h -> h.backdate(createdAt));
  }

  /**
   * Sets the state of an imported request directly, with a history entry that says so. Imported
   * history happened elsewhere; eHelp records only where it left the request.
   */
  public void restoreImportedState(
      RequestState imported, Person importedTechnician, Person admin, Instant at) {
    RequestState before = state;
    state = imported;
    if (importedTechnician != null) {
      assignTo(importedTechnician);
    }
    if (imported.isFinal()) {
      closedAt = at;
    }
    if (imported == RequestState.AWAITING_VALIDATION) {
      validationSentAt = at;
    }
    record(Action.IMPORT, before, imported, admin, null, at);
  }

  /**
   * Sets the new priority and category and returns the history note: the change in codes, which
   * read the same in every language, then the reason given.
   */
  private String reclassify(ActionInput input, String reason) {
    List<String> changes = new ArrayList<>();
    if (input.priority() != null && input.priority() != priority) {
      changes.add(priority + " \u2192 " + input.priority());
      priority = input.priority();
    }
    Category newCategory = input.category();
    if (newCategory != null
        && (category == null || !category.getId().equals(newCategory.getId()))) {
      changes.add(
          (category == null ? "-" : category.getCode()) + " \u2192 " + newCategory.getCode());
      category = newCategory;
    }
    String summary = String.join("; ", changes);
    return reason == null ? summary : summary + "\n" + reason;
  }

  private void assignTo(Person person) {
    technician = person;
    supportGroup =
        category != null
                && category.getSupportGroup() != null
                && person.getGroups().contains(category.getSupportGroup())
            ? category.getSupportGroup()
            : person.getGroups().stream().findFirst().orElse(null);
  }

  private void moveTask(
      Long taskId, Set<TaskState> allowed, TaskState next, String note, Instant now) {
    Task task = findTask(taskId);
    if (!allowed.contains(task.getState())) {
      throw ActionRejectedException.conflict(
          "error.task.wrongState",
          getNumber(),
          taskId,
          Localizable.of("task." + task.getState().name()));
    }
    task.moveTo(next, note, now);
  }

  private void requireNoPendingTask() {
    long pending = tasks.stream().filter(t -> t.getState().isPending()).count();
    if (pending > 0) {
      throw ActionRejectedException.conflict("error.request.pendingTasks", getNumber(), pending);
    }
  }

  private Approval pendingApproval() {
    return findPendingApproval()
        .orElseThrow(
            () -> ActionRejectedException.conflict("error.approval.nonePending", getNumber()));
  }

  private HistoryEntry record(
      Action action, RequestState from, RequestState to, Person actor, String note, Instant at) {
    historyCount++;
    HistoryEntry entry = new HistoryEntry(this, historyCount, action, from, to, actor, at, note);
    history.add(entry);
    return entry;
  }

  private static boolean isSame(Person a, Person b) {
    return a != null && b != null && Objects.equals(a.getId(), b.getId());
  }

  public Task findTask(Long taskId) {
    return tasks.stream()
        .filter(t -> t.getId().equals(taskId))
        .findFirst()
        .orElseThrow(
            () -> new NotFoundException("EH-TASK-404", "error.task.notFound", getNumber(), taskId));
  }

  public Optional<Approval> findPendingApproval() {
    return approvals.stream().filter(a -> a.getDecision() == ApprovalDecision.PENDING).findFirst();
  }

  public Long getId() {
    return id;
  }

  public RequestNumber getNumber() {
    return new RequestNumber(id);
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public RequestState getState() {
    return state;
  }

  public Priority getPriority() {
    return priority;
  }

  public Channel getChannel() {
    return channel;
  }

  public Category getCategory() {
    return category;
  }

  public Person getRequester() {
    return requester;
  }

  public Person getFiler() {
    return filer;
  }

  public Person getTechnician() {
    return technician;
  }

  public SupportGroup getSupportGroup() {
    return supportGroup;
  }

  public String getSolution() {
    return solution;
  }

  public String getHoldReason() {
    return holdReason;
  }

  public Instant getResumeAt() {
    return resumeAt;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }

  /** When the request was last sent to the requester for validation, or null if never. */
  public Instant getValidationSentAt() {
    return validationSentAt;
  }

  /** Whether the requester was reminded since the request was last sent for validation. */
  public boolean isValidationReminded() {
    return validationRemindedAt != null
        && validationSentAt != null
        && !validationRemindedAt.isBefore(validationSentAt);
  }

  /** Records that the requester was reminded to validate the request. */
  public void markValidationReminded(Instant at) {
    validationRemindedAt = at;
  }

  public String getExternalRef() {
    return externalRef;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public long getVersion() {
    return version;
  }

  public List<HistoryEntry> getHistory() {
    return List.copyOf(history);
  }

  public List<Comment> getComments() {
    return List.copyOf(comments);
  }

  public List<Task> getTasks() {
    return List.copyOf(tasks);
  }

  public List<Approval> getApprovals() {
    return List.copyOf(approvals);
  }

  public Set<String> getAccessKeys() {
    return Set.copyOf(accessKeys);
  }
}

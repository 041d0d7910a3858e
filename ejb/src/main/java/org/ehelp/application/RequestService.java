package org.ehelp.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.ehelp.application.RequestDetails.ApprovalItem;
import org.ehelp.application.RequestDetails.CommentItem;
import org.ehelp.application.RequestDetails.HistoryItem;
import org.ehelp.application.RequestDetails.TaskItem;
import org.ehelp.application.sla.SlaMark;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.category.Category;
import org.ehelp.domain.model.category.CategoryRepository;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.PersonRepository;
import org.ehelp.domain.model.request.AccessRule;
import org.ehelp.domain.model.request.Action;
import org.ehelp.domain.model.request.Channel;
import org.ehelp.domain.model.request.Comment;
import org.ehelp.domain.model.request.CommentAdded;
import org.ehelp.domain.model.request.IdempotencyRecord;
import org.ehelp.domain.model.request.Lifecycle;
import org.ehelp.domain.model.request.Party;
import org.ehelp.domain.model.request.Priority;
import org.ehelp.domain.model.request.RequestChanged;
import org.ehelp.domain.model.request.RequestFilter;
import org.ehelp.domain.model.request.RequestListing;
import org.ehelp.domain.model.request.RequestOrder;
import org.ehelp.domain.model.request.RequestRepository;
import org.ehelp.domain.model.request.RequestRepository.Cursor;
import org.ehelp.domain.model.request.RequestSort;
import org.ehelp.domain.model.request.ServiceRequest;
import org.ehelp.domain.model.request.Task;
import org.ehelp.domain.model.request.TaskState;
import org.ehelp.domain.model.sla.SlaRepository;
import org.ehelp.domain.model.sla.SlaSnapshot;

/**
 * Everything a person does with requests: file, read, list, act and comment. Every method works for
 * the authenticated caller and reads through {@link AccessRule}, so a request the caller may not
 * see is reported as not found.
 */
@Stateless
public class RequestService {

  private static final Logger LOG = Logger.getLogger(RequestService.class.getName());
  private static final int MAX_PAGE = 200;
  private static final Set<Action> TASK_ACTIONS =
      EnumSet.of(Action.START_TASK, Action.COMPLETE_TASK, Action.CANCEL_TASK);

  @Inject private CurrentUser currentUser;

  @Inject private RequestRepository requests;

  @Inject private PersonRepository people;

  @Inject private CategoryRepository categories;

  @Inject private WorkflowService workflow;

  @Inject private Event<RequestChanged> changes;

  @Inject private Event<CommentAdded> comments;

  @Inject private SlaRepository slas;

  /** Files a request for the caller or, when {@code requesterId} is set, for someone else. */
  public RequestDetails file(NewRequest command) {
    Person filer = currentUser.require();
    ServiceRequest request = newRequest(command, filer);
    requests.add(request);
    request.refreshAccess();
    requests.flush();
    changes.fire(new RequestChanged(request, request.getHistory().get(0)));

    LOG.info(() -> "Request " + request.getNumber() + " filed through " + request.getChannel());
    return details(request, filer, slaMark(request.getId()));
  }

  /**
   * Files a request at most once per {@code idempotencyKey} and caller: a repeated call with the
   * same key returns the request filed the first time.
   *
   * @param idempotencyKey the client's key, 1 to 200 characters, or null for no replay protection
   */
  public Filed file(NewRequest command, String idempotencyKey) {
    if (idempotencyKey == null) {
      return new Filed(file(command), false);
    }
    Person filer = currentUser.require();
    String key = required(idempotencyKey, "Idempotency-Key", 200);
    Optional<Long> earlier = requests.findByIdempotencyKey(filer.getId(), key);
    if (earlier.isPresent()) {
      ServiceRequest request = readable(earlier.get(), filer);
      return new Filed(details(request, filer, slaMark(request.getId())), true);
    }

    RequestDetails filed = file(command);
    requests.rememberIdempotencyKey(
        new IdempotencyRecord(filer.getId(), key, filed.id(), Times.now()));
    return new Filed(filed, false);
  }

  /** A filed request, and whether it was filed by an earlier call with the same key. */
  public record Filed(RequestDetails request, boolean replayed) {}

  /** Builds a request from what its filer typed, validating every field. */
  ServiceRequest newRequest(NewRequest command, Person filer) {
    String title = required(command.title(), "title", 300);
    String description = required(command.description(), "description", 100_000);
    Person requester =
        command.requesterId() == null
            ? filer
            : people
                .findById(command.requesterId())
                .filter(Person::isActive)
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "EH-PERSON-400", "error.person.notFound", command.requesterId()));
    Category category =
        command.categoryCode() == null || command.categoryCode().isBlank()
            ? null
            : categories
                .findByCode(command.categoryCode())
                .filter(Category::isActive)
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "EH-CATEGORY-400", "error.category.notFound", command.categoryCode()));
    Priority priority = command.priority() == null ? Priority.P3 : command.priority();
    Channel channel = command.channel() == null ? Channel.PORTAL : command.channel();

    return new ServiceRequest(
        title, description, priority, category, channel, requester, filer, Times.now());
  }

  /** Returns one request as the caller may see it. */
  public RequestDetails get(long id) {
    Person reader = currentUser.require();
    return details(readable(id, reader), reader, slaMark(id));
  }

  /** Returns the current version of one request, for HTTP entity tags. */
  public long version(long id) {
    return readable(id, currentUser.require()).getVersion();
  }

  /**
   * Lists the requests the caller may see that match the filter, newest first.
   *
   * @param cursor the {@link Page#next()} of the previous page, or null for the first page
   * @param limit page size, 1 to 200
   */
  public Page<RequestSummary> list(RequestFilter filter, String cursor, int limit) {
    Person reader = currentUser.require();
    if (limit < 1 || limit > MAX_PAGE) {
      throw new InvalidInputException("EH-LIST-400", "error.list.limit", limit, MAX_PAGE);
    }
    Set<String> keys = AccessRule.seesEverything(reader) ? Set.of() : AccessRule.keysOf(reader);

    List<ServiceRequest> rows =
        requests.list(filter, keys, decode(cursor, filter.order()), limit + 1);
    long total = requests.count(filter, keys);

    boolean more = rows.size() > limit;
    List<ServiceRequest> page = more ? rows.subList(0, limit) : rows;
    Map<Long, SlaSnapshot> marks =
        slas.findSnapshots(page.stream().map(ServiceRequest::getId).toList());
    List<RequestSummary> items =
        page.stream().map(r -> RequestSummary.of(r, SlaMark.of(marks.get(r.getId())))).toList();
    String next = more ? encode(items.get(items.size() - 1), filter.order()) : null;
    return new Page<>(items, total, next);
  }

  /**
   * Returns one page of the requests the caller may see that match the filter, in the given order,
   * for lists that page by position and let their reader sort. A page costs the same number of SQL
   * statements whatever its size.
   *
   * @param offset the number of rows before the page, 0 or more
   * @param limit page size, 1 to 200
   */
  public Page<RequestSummary> page(RequestFilter filter, RequestSort sort, int offset, int limit) {
    Person reader = currentUser.require();
    if (limit < 1 || limit > MAX_PAGE) {
      throw new InvalidInputException("EH-LIST-400", "error.list.limit", limit, MAX_PAGE);
    }
    if (offset < 0) {
      throw new InvalidInputException("EH-LIST-400", "error.input.invalid", "offset", offset);
    }
    Set<String> keys = AccessRule.seesEverything(reader) ? Set.of() : AccessRule.keysOf(reader);

    List<RequestListing> listed = requests.listing(filter, keys, sort, offset, limit);
    Map<Long, SlaSnapshot> marks =
        slas.findSnapshots(listed.stream().map(RequestListing::id).toList());
    List<RequestSummary> rows =
        listed.stream()
            .map(row -> RequestSummary.of(row, SlaMark.of(marks.get(row.id()))))
            .toList();
    long total = requests.count(filter, keys);
    return new Page<>(rows, total, null);
  }

  /** Counts the requests the caller may see that match the filter. */
  public long count(RequestFilter filter) {
    Person reader = currentUser.require();
    Set<String> keys = AccessRule.seesEverything(reader) ? Set.of() : AccessRule.keysOf(reader);
    return requests.count(filter, keys);
  }

  /** Performs a lifecycle action for the caller and returns the request after it. */
  public RequestDetails perform(long id, ActionCommand command) {
    Person actor = currentUser.require();
    ServiceRequest request = workflow.perform(id, actor, command);
    return details(request, actor, slaMark(id));
  }

  /** Adds a comment, or an internal note when {@code internal} is set and the caller is staff. */
  public CommentItem comment(long id, String body, boolean internal) {
    Person author = currentUser.require();
    ServiceRequest request = readable(id, author);
    String text = required(body, "comment", 100_000);
    if (internal && !author.isStaff()) {
      throw new InvalidInputException(
          "EH-COMMENT-400", "error.comment.internalStaffOnly", request.getNumber().toString());
    }

    Comment comment = request.comment(author, text, internal, Times.now());
    requests.flush();
    comments.fire(new CommentAdded(request, comment));
    return commentItem(comment);
  }

  private ServiceRequest readable(long id, Person reader) {
    return requests
        .findById(id)
        .filter(r -> AccessRule.canRead(reader, r))
        .orElseThrow(() -> WorkflowService.notFound(id));
  }

  private SlaMark slaMark(long requestId) {
    return slas.findRequestSla(requestId).map(SlaMark::of).orElse(SlaMark.NONE);
  }

  static RequestDetails details(ServiceRequest request, Person reader, SlaMark sla) {
    Set<Party> parties = request.partiesOf(reader, null);
    Set<Action> actions = EnumSet.noneOf(Action.class);
    actions.addAll(Lifecycle.availableActions(request.getState(), parties));
    actions.removeAll(TASK_ACTIONS);
    boolean staff = reader.isStaff();

    return new RequestDetails(
        request.getId(),
        request.getNumber().toString(),
        request.getTitle(),
        request.getDescription(),
        request.getState(),
        request.getPriority(),
        request.getChannel(),
        request.getCategory() == null ? null : request.getCategory().getCode(),
        request.getCategory() == null ? null : request.getCategory().getName(),
        PersonRef.of(request.getRequester()),
        PersonRef.of(request.getFiler()),
        PersonRef.of(request.getTechnician()),
        request.getSupportGroup() == null ? null : request.getSupportGroup().getName(),
        request.getSolution(),
        request.getHoldReason(),
        request.getResumeAt(),
        request.getCreatedAt(),
        request.getUpdatedAt(),
        request.getClosedAt(),
        request.getVersion(),
        actions,
        request.getHistory().stream()
            .map(
                h ->
                    new HistoryItem(
                        h.getSeq(),
                        h.getAction(),
                        h.getFromState(),
                        h.getToState(),
                        PersonRef.of(h.getActor()),
                        h.getActorName(),
                        h.getOccurredAt(),
                        h.getNote()))
            .toList(),
        request.getComments().stream()
            .filter(c -> staff || !c.isInternal())
            .map(RequestService::commentItem)
            .toList(),
        request.getTasks().stream().map(t -> taskItem(request, t, reader)).toList(),
        request.getApprovals().stream()
            .map(
                a ->
                    new ApprovalItem(
                        a.getId(),
                        PersonRef.of(a.getResponsible()),
                        a.getQuestion(),
                        a.getDecision(),
                        a.getAnswer(),
                        a.getAskedAt(),
                        a.getDecidedAt()))
            .toList(),
        sla);
  }

  private static TaskItem taskItem(ServiceRequest request, Task task, Person reader) {
    Set<Action> actions = EnumSet.noneOf(Action.class);
    Set<Party> parties = request.partiesOf(reader, task.getId());
    for (Action action : Lifecycle.availableActions(request.getState(), parties)) {
      boolean fits =
          switch (action) {
            case START_TASK -> task.getState() == TaskState.OPEN;
            case COMPLETE_TASK, CANCEL_TASK -> task.getState().isPending();
            default -> false;
          };
      if (fits) {
        actions.add(action);
      }
    }
    return new TaskItem(
        task.getId(),
        PersonRef.of(task.getContributor()),
        task.getDescription(),
        task.getDueDate(),
        task.getState(),
        task.getNote(),
        task.getCreatedAt(),
        task.getUpdatedAt(),
        actions);
  }

  private static CommentItem commentItem(Comment comment) {
    return new CommentItem(
        comment.getId() == null ? 0 : comment.getId(),
        PersonRef.of(comment.getAuthor()),
        comment.getBody(),
        comment.isInternal(),
        comment.getCreatedAt());
  }

  static String required(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.missing", field);
    }
    String stripped = value.strip();
    if (stripped.length() > maxLength) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.tooLong", field, maxLength);
    }
    return stripped;
  }

  /** Encodes the position after a row: its filing time, or its SLA deadline ("-" for none). */
  private static String encode(RequestSummary last, RequestOrder order) {
    Instant at = order == RequestOrder.SLA_DUE ? last.sla().dueAt() : last.createdAt();
    String raw = order.name() + "|" + (at == null ? "-" : at.toString()) + "|" + last.id();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  private static Cursor decode(String cursor, RequestOrder order) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String[] parts = raw.split("\\|", 3);
      if (!parts[0].equals(order.name())) {
        throw new IllegalArgumentException("The cursor belongs to another order");
      }
      Instant at = parts[1].equals("-") ? null : Instant.parse(parts[1]);
      if (at == null && order == RequestOrder.NEWEST) {
        throw new IllegalArgumentException("A newest-first cursor has a filing time");
      }
      return new Cursor(at, Long.parseLong(parts[2]));
    } catch (IllegalArgumentException
        | ArrayIndexOutOfBoundsException
        | java.time.format.DateTimeParseException e) {
      throw new InvalidInputException("EH-LIST-400", "error.list.cursor", cursor);
    }
  }
}

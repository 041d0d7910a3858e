package org.ehelp.application.majorevent;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.ehelp.application.ActionCommand;
import org.ehelp.application.CurrentUser;
import org.ehelp.application.NewRequest;
import org.ehelp.application.RequestDetails;
import org.ehelp.application.RequestService;
import org.ehelp.application.WorkflowService;
import org.ehelp.application.search.SearchJournal;
import org.ehelp.domain.error.ActionRejectedException;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.error.NotFoundException;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.category.Category;
import org.ehelp.domain.model.category.CategoryRepository;
import org.ehelp.domain.model.majorevent.AttachedRequest;
import org.ehelp.domain.model.majorevent.MajorEvent;
import org.ehelp.domain.model.majorevent.MajorEventRepository;
import org.ehelp.domain.model.majorevent.MajorEventUpdate;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.Role;
import org.ehelp.domain.model.request.Action;
import org.ehelp.domain.model.request.Lifecycle;
import org.ehelp.domain.model.request.Party;
import org.ehelp.domain.model.request.RequestRepository;
import org.ehelp.domain.model.request.RequestState;
import org.ehelp.domain.model.request.ServiceRequest;

/**
 * Major events: the call center records them, posts updates, attaches requests and ends them;
 * everyone reads them, and people filing a request about an affected service may attach it to the
 * event instead of waiting in the queue.
 *
 * <p>The current events are public, because the login page shows them; everything else needs a
 * signed-in person, and changes need the call center or an administrator.
 */
@Stateless
public class MajorEventService {

  private static final Logger LOG = Logger.getLogger(MajorEventService.class.getName());
  private static final int MAX_LISTED = 200;
  private static final int MAX_SERVICES = 50;

  @Inject private CurrentUser currentUser;

  @Inject private MajorEventRepository events;

  @Inject private CategoryRepository categories;

  @Inject private RequestRepository requests;

  @Inject private RequestService requestService;

  @Inject private WorkflowService workflow;

  @Inject private MajorEventNotices notices;

  @Inject private SearchJournal journal;

  /** Returns the events under way now, for the banner; needs no signed-in person. */
  public List<MajorEventView> current() {
    Instant now = Times.now();
    return views(events.findCurrent(now), now);
  }

  /** Returns the events under way now that affect the category, for a person filing a request. */
  public List<MajorEventView> currentFor(String categoryCode) {
    currentUser.require();
    if (categoryCode == null || categoryCode.isBlank()) {
      return List.of();
    }
    Instant now = Times.now();
    List<MajorEvent> affecting =
        events.findCurrent(now).stream()
            .filter(e -> e.getCategories().stream().anyMatch(c -> c.getCode().equals(categoryCode)))
            .toList();
    return views(affecting, now);
  }

  /** Returns the newest events, upcoming, current and past, by start. */
  public List<MajorEventView> list() {
    currentUser.require();
    Instant now = Times.now();
    return views(events.findLatest(MAX_LISTED), now);
  }

  /** Returns one event. */
  public MajorEventView get(long id) {
    currentUser.require();
    MajorEvent event = find(id);
    return view(event, Times.now());
  }

  /** Returns the events a request is attached to, for the request page. */
  public List<MajorEventView> ofRequest(long requestId) {
    requestService.version(requestId);
    return views(events.findByRequest(requestId), Times.now());
  }

  /** Records a new event. */
  public MajorEventView create(MajorEventDraft draft) {
    Person author = requireDesk();
    MajorEvent event =
        new MajorEvent(
            required(draft.kind(), "kind"),
            text(draft.title(), "title", 300),
            text(draft.description(), "description", 10_000),
            required(draft.startsAt(), "startsAt"),
            draft.expectedEndAt(),
            author,
            Times.now());
    checkWindow(draft.startsAt(), draft.expectedEndAt());
    event.affect(categories(draft.categoryCodes()), services(draft.services()));
    events.add(event);
    requests.flush();
    journal.record(MajorEventSearchSource.TYPE, event.getId().toString());

    LOG.info(() -> "Major event " + event.getId() + " recorded, starting " + event.getStartsAt());
    return view(event, Times.now());
  }

  /** Corrects an event's text, window or what it affects; sends no message. */
  public MajorEventView change(long id, MajorEventDraft draft) {
    requireDesk();
    MajorEvent event = find(id);
    checkWindow(required(draft.startsAt(), "startsAt"), draft.expectedEndAt());
    event.reschedule(
        text(draft.title(), "title", 300),
        text(draft.description(), "description", 10_000),
        draft.startsAt(),
        draft.expectedEndAt());
    event.affect(categories(draft.categoryCodes()), services(draft.services()));
    requests.flush();
    journal.record(MajorEventSearchSource.TYPE, event.getId().toString());
    return view(event, Times.now());
  }

  /**
   * Posts an update and mails it to the people of the attached requests.
   *
   * @param newExpectedEnd the new expected end, or null to keep it
   */
  public MajorEventView postUpdate(long id, String body, Instant newExpectedEnd) {
    Person author = requireDesk();
    MajorEvent event = find(id);
    if (event.isEnded()) {
      throw ActionRejectedException.conflict("error.majorEvent.ended", event.getTitle());
    }
    Instant now = Times.now();
    if (newExpectedEnd != null) {
      checkWindow(event.getStartsAt(), newExpectedEnd);
    }

    MajorEventUpdate update = event.post(text(body, "text", 10_000), newExpectedEnd, author, now);
    requests.flush();
    journal.record(MajorEventSearchSource.TYPE, event.getId().toString());
    int written = notices.announce(event, update, events.findAttached(id));

    LOG.info(() -> "Major event " + id + ": update posted, " + written + " messages written");
    return view(event, now);
  }

  /**
   * Ends the event now with a closing message, mailed to the people of the attached requests.
   *
   * @param closeRequests also close the attached requests that the lifecycle lets the system close
   *     (submitted, dispatched, realized or refused ones), with the message as closing note
   */
  public Ended end(long id, String message, boolean closeRequests) {
    Person author = requireDesk();
    MajorEvent event = find(id);
    if (event.isEnded()) {
      throw ActionRejectedException.conflict("error.majorEvent.ended", event.getTitle());
    }
    Instant now = Times.now();
    String text = text(message, "text", 10_000);

    MajorEventUpdate update = event.end(text, author, now);
    requests.flush();
    journal.record(MajorEventSearchSource.TYPE, event.getId().toString());
    List<AttachedRequest> attached = events.findAttached(id);
    notices.announce(event, update, attached);
    int closed = 0;
    int leftOpen = 0;
    if (closeRequests) {
      for (AttachedRequest a : attached) {
        ServiceRequest request = a.getRequest();
        if (request.getState().isFinal()) {
          continue;
        }
        if (!systemMayClose(request.getState())) {
          leftOpen++;
          continue;
        }
        workflow.perform(request.getId(), null, ActionCommand.of(Action.CLOSE, null, text));
        closed++;
      }
    }

    int closedCount = closed;
    LOG.info(() -> "Major event " + id + " ended; " + closedCount + " attached requests closed");
    return new Ended(view(event, now), closed, leftOpen);
  }

  /** An ended event, and what became of its attached requests. */
  public record Ended(MajorEventView event, int closed, int leftOpen) {}

  /**
   * Attaches requests to the event; requests already attached are skipped.
   *
   * @return how many requests were attached by this call
   */
  public int attach(long id, List<Long> requestIds) {
    Person agent = requireDesk();
    MajorEvent event = find(id);
    List<Long> wanted = List.copyOf(new LinkedHashSet<>(requestIds));
    Set<Long> already = Set.copyOf(events.findAttachedIds(id, wanted));

    Instant now = Times.now();
    int attached = 0;
    for (Long requestId : wanted) {
      if (already.contains(requestId)) {
        continue;
      }
      ServiceRequest request =
          requests
              .findById(requestId)
              .orElseThrow(
                  () ->
                      new NotFoundException(
                          "EH-REQUEST-404", "error.request.notFound", "EH-" + requestId));
      events.attach(new AttachedRequest(event, request, agent, now));
      attached++;
    }
    requests.flush();

    int count = attached;
    LOG.info(() -> "Major event " + id + ": " + count + " requests attached");
    return attached;
  }

  /**
   * Files a request as the same problem as a current event, attached to it, in one transaction.
   *
   * @param idempotencyKey as for {@link RequestService#file(NewRequest, String)}
   */
  public RequestDetails fileAttached(long id, NewRequest command, String idempotencyKey) {
    Person filer = currentUser.require();
    MajorEvent event = find(id);
    Instant now = Times.now();
    if (!event.isCurrentAt(now)) {
      throw ActionRejectedException.conflict("error.majorEvent.notCurrent", event.getTitle());
    }

    RequestService.Filed filed = requestService.file(command, idempotencyKey);
    long requestId = filed.request().id();
    if (events.findAttachedIds(id, List.of(requestId)).isEmpty()) {
      ServiceRequest request = requests.findById(requestId).orElseThrow();
      events.attach(new AttachedRequest(event, request, filer, now));
      requests.flush();
    }

    LOG.info(() -> "Request EH-" + requestId + " filed for major event " + id);
    return filed.request();
  }

  /** Returns the requests attached to an event, for the call center. */
  public List<Long> attachedRequestIds(long id) {
    requireDesk();
    find(id);
    return events.findAttached(id).stream().map(a -> a.getRequest().getId()).toList();
  }

  private static boolean systemMayClose(RequestState state) {
    return Lifecycle.rules().stream()
        .anyMatch(
            r ->
                r.action() == Action.CLOSE
                    && r.startsFrom(state)
                    && r.allows(EnumSet.of(Party.SYSTEM)));
  }

  private Person requireDesk() {
    Person caller = currentUser.require();
    if (!caller.hasRole(Role.CALL_CENTER) && !caller.hasRole(Role.ADMIN)) {
      throw ActionRejectedException.forbidden("error.majorEvent.deskOnly");
    }
    return caller;
  }

  private MajorEvent find(long id) {
    return events
        .findById(id)
        .orElseThrow(() -> new NotFoundException("EH-EVENT-404", "error.majorEvent.notFound", id));
  }

  private List<MajorEventView> views(List<MajorEvent> found, Instant now) {
    Map<Long, Long> counts = events.countAttached(found.stream().map(MajorEvent::getId).toList());
    return found.stream()
        .map(e -> MajorEventView.of(e, counts.getOrDefault(e.getId(), 0L), now))
        .toList();
  }

  private MajorEventView view(MajorEvent event, Instant now) {
    return views(List.of(event), now).get(0);
  }

  private List<Category> categories(List<String> codes) {
    List<Category> found = new ArrayList<>();
    for (String code : codes == null ? List.<String>of() : codes) {
      if (code == null || code.isBlank()) {
        continue;
      }
      Category category =
          categories
              .findByCode(code.strip())
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "EH-CATEGORY-400", "error.category.notFound", code));
      if (found.stream().noneMatch(c -> c.getId().equals(category.getId()))) {
        found.add(category);
      }
    }
    return found;
  }

  private static List<String> services(List<String> names) {
    LinkedHashSet<String> kept = new LinkedHashSet<>();
    for (String name : names == null ? List.<String>of() : names) {
      if (name != null && !name.isBlank()) {
        kept.add(text(name, "services", 200));
      }
    }
    if (kept.size() > MAX_SERVICES) {
      throw new InvalidInputException(
          "EH-EVENT-400", "error.input.invalid", "services", kept.size());
    }
    return List.copyOf(kept);
  }

  private static void checkWindow(Instant start, Instant expectedEnd) {
    if (expectedEnd != null && !expectedEnd.isAfter(start)) {
      throw new InvalidInputException("EH-EVENT-400", "error.majorEvent.window");
    }
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.missing", field);
    }
    return value;
  }

  private static String text(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.missing", field);
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.tooLong", field, max);
    }
    return stripped;
  }
}

package org.ehelp.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.error.NotFoundException;
import org.ehelp.domain.error.StaleVersionException;
import org.ehelp.domain.i18n.Localizable;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.category.Category;
import org.ehelp.domain.model.category.CategoryRepository;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.PersonRepository;
import org.ehelp.domain.model.person.Role;
import org.ehelp.domain.model.request.AccessRule;
import org.ehelp.domain.model.request.Action;
import org.ehelp.domain.model.request.ActionInput;
import org.ehelp.domain.model.request.HistoryEntry;
import org.ehelp.domain.model.request.Lifecycle;
import org.ehelp.domain.model.request.RequestChanged;
import org.ehelp.domain.model.request.RequestRepository;
import org.ehelp.domain.model.request.RequestState;
import org.ehelp.domain.model.request.ServiceRequest;
import org.ehelp.domain.model.request.Transition;

/**
 * The one path by which a request changes state: it checks the version the caller saw, asks {@link
 * Lifecycle} whether the caller's parties may take the action in the current state, applies it and
 * writes the history entry, all in the caller's transaction.
 */
@Stateless
public class WorkflowService {

  private static final Logger LOG = Logger.getLogger(WorkflowService.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private RequestRepository requests;

  @Inject private PersonRepository people;

  @Inject private CategoryRepository categories;

  @Inject private LifecycleSettings settings;

  @Inject private Event<RequestChanged> changes;

  /**
   * Performs one action.
   *
   * @param actor the person acting, or null when a timer acts
   * @return the request after the action, flushed so that its new version is known
   * @throws NotFoundException when the request does not exist or the actor may not read it
   * @throws StaleVersionException when the request changed since the version the actor saw
   */
  public ServiceRequest perform(long requestId, Person actor, ActionCommand command) {
    ServiceRequest request =
        requests
            .findById(requestId)
            .filter(r -> actor == null || AccessRule.canRead(actor, r))
            .orElseThrow(() -> notFound(requestId));
    if (command.expectedVersion() != null && command.expectedVersion() != request.getVersion()) {
      throw stale(request, command.action());
    }

    ActionInput input = resolve(command);
    String reference = request.getNumber().toString();
    Transition rule =
        Lifecycle.authorize(
            reference,
            command.action(),
            request.getState(),
            request.partiesOf(actor, command.taskId()),
            input.supplied());
    validate(request, command, input);

    Instant now = Times.now();
    HistoryEntry entry = request.perform(rule, actor, input, now);
    closeAtOnceIfAccepted(request, now);
    request.refreshAccess();
    flush(request, command.action());
    request.getHistory().stream()
        .filter(h -> h.getSeq() >= entry.getSeq())
        .forEach(h -> changes.fire(new RequestChanged(request, h)));

    LOG.info(
        () ->
            "Request "
                + reference
                + ": "
                + entry.getAction()
                + " "
                + entry.getFromState()
                + " -> "
                + request.getState());
    return request;
  }

  private void closeAtOnceIfAccepted(ServiceRequest request, Instant now) {
    Optional<Duration> delay = settings.autoCloseDelay();
    if (request.getState() == RequestState.ACCEPTED && delay.filter(Duration::isZero).isPresent()) {
      Transition close =
          Lifecycle.authorize(
              request.getNumber().toString(),
              Action.CLOSE,
              RequestState.ACCEPTED,
              request.partiesOf(null, null),
              ActionInput.none().supplied());
      request.perform(close, null, ActionInput.none(), now);
    }
  }

  private ActionInput resolve(ActionCommand command) {
    return new ActionInput(
        command.text(),
        person(command.technicianId(), Role.TECHNICIAN),
        person(command.responsibleId(), Role.RESPONSIBLE),
        person(command.contributorId(), null),
        command.taskId(),
        command.dueDate(),
        command.resumeAt(),
        command.priority(),
        category(command.categoryCode()));
  }

  private Category category(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return categories
        .findByCode(code.strip())
        .filter(Category::isActive)
        .orElseThrow(
            () -> new InvalidInputException("EH-CATEGORY-400", "error.category.notFound", code));
  }

  private Person person(Long id, Role required) {
    if (id == null) {
      return null;
    }
    Person person =
        people
            .findById(id)
            .filter(Person::isActive)
            .orElseThrow(
                () -> new InvalidInputException("EH-PERSON-400", "error.person.notFound", id));
    if (required != null && !person.hasRole(required)) {
      throw new InvalidInputException(
          "EH-PERSON-400",
          "error.person.lacksRole",
          person.getDisplayName(),
          Localizable.of("role." + required));
    }
    return person;
  }

  private static void validate(ServiceRequest request, ActionCommand command, ActionInput input) {
    if (command.action() == Action.PUT_ON_HOLD
        && input.resumeAt() != null
        && !input.resumeAt().isAfter(Times.now())) {
      throw new InvalidInputException(
          "EH-ACTION-400", "error.hold.resumeInPast", request.getNumber().toString());
    }
    if (command.action() == Action.RECLASSIFY && !changesClassification(request, input)) {
      throw new InvalidInputException(
          "EH-ACTION-400", "error.reclassify.unchanged", request.getNumber().toString());
    }
    if (input.note() != null && input.note().length() > 100_000) {
      throw new InvalidInputException(
          "EH-ACTION-400", "error.text.tooLong", request.getNumber().toString(), 100_000);
    }
  }

  private static boolean changesClassification(ServiceRequest request, ActionInput input) {
    boolean priority = input.priority() != null && input.priority() != request.getPriority();
    boolean category =
        input.category() != null
            && (request.getCategory() == null
                || !request.getCategory().getId().equals(input.category().getId()));
    return priority || category;
  }

  private void flush(ServiceRequest request, Action action) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw stale(request, action);
    } catch (PersistenceException e) {
      // A concurrent writer took the same history number first: the same race as a stale version.
      if (isConstraintViolation(e)) {
        throw stale(request, action);
      }
      throw e;
    }
  }

  private static boolean isConstraintViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLIntegrityConstraintViolationException
          || (t instanceof SQLException sql
              && sql.getSQLState() != null
              && sql.getSQLState().startsWith("23"))) {
        return true;
      }
    }
    return false;
  }

  static NotFoundException notFound(long requestId) {
    return new NotFoundException("EH-REQUEST-404", "error.request.notFound", "EH-" + requestId);
  }

  private static StaleVersionException stale(ServiceRequest request, Action action) {
    return new StaleVersionException(
        "error.request.stale", request.getNumber().toString(), Localizable.of(action.messageKey()));
  }
}

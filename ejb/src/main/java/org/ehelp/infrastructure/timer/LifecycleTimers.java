package org.ehelp.infrastructure.timer;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ehelp.application.ActionCommand;
import org.ehelp.application.LifecycleSettings;
import org.ehelp.application.WorkflowService;
import org.ehelp.domain.error.EhelpException;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.calendar.BusinessCalendar;
import org.ehelp.domain.model.request.Action;
import org.ehelp.domain.model.request.RequestRepository;
import org.ehelp.domain.model.request.RequestState;
import org.ehelp.domain.model.request.ServiceRequest;
import org.ehelp.domain.model.request.ValidationReminded;
import org.ehelp.domain.model.sla.SlaCalendar;
import org.ehelp.domain.model.sla.SlaRepository;
import org.ehelp.infrastructure.cluster.JobLeases;

/**
 * The actions eHelp takes by itself: resuming requests whose resume date has come, closing accepted
 * requests after the configured delay, and, for requests left waiting for their requester's
 * validation, reminding the requester once and accepting on their behalf after the configured
 * business days of the default SLA calendar. The schedule is persistent, so it survives restarts,
 * and each run first takes the job's lease, so that in a cluster one instance runs it. Each request
 * is handled in its own transaction, so one that fails does not hold back the others.
 */
@Singleton
public class LifecycleTimers {

  /** The name of the job, for its lease and for running it on demand. */
  public static final String JOB = "lifecycle";

  private static final Logger LOG = Logger.getLogger(LifecycleTimers.class.getName());
  private static final int BATCH = 200;
  // Larger, since some of those returned are not due yet by the business calendar.
  private static final int WAITING_BATCH = 1000;
  // Shorter than the one-minute schedule, so that the lease has expired when the timer next fires.
  private static final Duration LEASE = Duration.ofSeconds(50);

  @Inject private RequestRepository requests;

  @Inject private WorkflowService workflow;

  @Inject private LifecycleSettings settings;

  @Inject private JobLeases leases;

  @Inject private SlaRepository calendars;

  @Inject private Event<ValidationReminded> reminders;

  @Resource private SessionContext context;

  @Schedule(minute = "*", hour = "*", persistent = true, info = JOB)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void scheduled() {
    if (leases.acquire(JOB, LEASE)) {
      run();
    }
  }

  /**
   * Takes every action that is due now, without waiting for the schedule or its lease. Running it
   * on two instances at once does no harm: each action checks the request's state and version, so a
   * request is resumed, reminded, accepted or closed once.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Outcome run() {
    return run(Times.now(), Set.of());
  }

  /**
   * Takes the actions due at {@code asOf}, for every request or only for those listed. Running as
   * of a later instant serves tests and demonstrations; the actions are recorded at the real time.
   *
   * @param only the requests to consider, or empty for all
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Outcome run(Instant asOf, Set<Long> only) {
    LifecycleTimers self = context.getBusinessObject(LifecycleTimers.class);
    Predicate<Long> chosen = id -> only.isEmpty() || only.contains(id);

    int resumed = 0;
    for (long id : self.dueForResume(asOf)) {
      resumed += chosen.test(id) && self.act(id, Action.RESUME) ? 1 : 0;
    }
    int closed = 0;
    Optional<Duration> delay = settings.autoCloseDelay();
    if (delay.isPresent()) {
      for (long id : self.dueForClosing(asOf.minus(delay.get()))) {
        closed += chosen.test(id) && self.act(id, Action.CLOSE) ? 1 : 0;
      }
    }

    OptionalInt acceptDays = settings.autoAcceptAfterDays();
    OptionalInt remindDays = settings.remindAfterDays();
    BusinessCalendar calendar =
        acceptDays.isPresent() || remindDays.isPresent() ? self.businessCalendar() : null;
    int accepted = 0;
    if (acceptDays.isPresent()) {
      for (long id : waitedFor(self, calendar, acceptDays.getAsInt(), asOf, false)) {
        accepted += chosen.test(id) && self.act(id, Action.ACCEPT) ? 1 : 0;
      }
    }
    int reminded = 0;
    if (remindDays.isPresent()) {
      for (long id : waitedFor(self, calendar, remindDays.getAsInt(), asOf, true)) {
        reminded += chosen.test(id) && self.remind(id) ? 1 : 0;
      }
    }
    return new Outcome(resumed, closed, reminded, accepted);
  }

  /**
   * Returns the requests that have waited for validation at least {@code days} business days at
   * {@code asOf}. A business day is never shorter than a calendar day, so the database query
   * selects those sent at least that many calendar days before, and the calendar decides.
   */
  private static List<Long> waitedFor(
      LifecycleTimers self, BusinessCalendar calendar, int days, Instant asOf, boolean reminder) {
    List<Long> due = new ArrayList<>();
    self.awaitingValidation(asOf.minus(Duration.ofDays(days)), reminder)
        .forEach(
            (id, sentAt) -> {
              Optional<Instant> dueAt = calendar.afterWorkingDays(sentAt, days);
              if (dueAt.isPresent() && !dueAt.get().isAfter(asOf)) {
                due.add(id);
              }
            });
    return due;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> dueForResume(Instant now) {
    return requests.findDueForResume(now, BATCH);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> dueForClosing(Instant acceptedBefore) {
    return requests.findDueForClosing(acceptedBefore, BATCH);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Map<Long, Instant> awaitingValidation(Instant sentBefore, boolean unremindedOnly) {
    return requests.findAwaitingValidation(sentBefore, unremindedOnly, WAITING_BATCH);
  }

  /** Returns the default SLA calendar, or one open every day when there is none. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public BusinessCalendar businessCalendar() {
    return calendars
        .findDefaultCalendar()
        .map(SlaCalendar::toBusinessCalendar)
        .orElseGet(() -> BusinessCalendar.alwaysOpen(ZoneOffset.UTC));
  }

  /**
   * Reminds the requester, once since the request was last sent for validation.
   *
   * @return whether the reminder was recorded; false when the request moved on or was reminded
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean remind(long requestId) {
    Optional<ServiceRequest> found = requests.findForUpdate(requestId);
    if (found.isEmpty()
        || found.get().getState() != RequestState.AWAITING_VALIDATION
        || found.get().isValidationReminded()) {
      return false;
    }
    ServiceRequest request = found.get();
    request.markValidationReminded(Times.now());
    reminders.fire(new ValidationReminded(request));
    LOG.info(() -> "Reminded the requester of " + request.getNumber() + " to validate it");
    return true;
  }

  /**
   * Takes one action as eHelp itself; a refusal is logged and the next request goes on.
   *
   * @return whether the action was taken
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean act(long requestId, Action action) {
    try {
      workflow.perform(requestId, null, ActionCommand.of(action, null, null));
      return true;
    } catch (EhelpException | EJBException e) {
      LOG.log(Level.WARNING, e, () -> "Timer could not " + action + " request EH-" + requestId);
      context.setRollbackOnly();
      return false;
    }
  }

  /** The outcome of one run: how many requests it resumed, closed, reminded of and accepted. */
  public record Outcome(int resumed, int closed, int reminded, int accepted) {}
}

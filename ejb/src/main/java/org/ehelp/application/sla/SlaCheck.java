package org.ehelp.application.sla;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ehelp.application.search.SearchJournal;
import org.ehelp.domain.model.calendar.BusinessTime;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.PersonRepository;
import org.ehelp.domain.model.person.Role;
import org.ehelp.domain.model.request.Party;
import org.ehelp.domain.model.request.RequestRepository;
import org.ehelp.domain.model.request.ServiceRequest;
import org.ehelp.domain.model.sla.ClockStatus;
import org.ehelp.domain.model.sla.RequestSla;
import org.ehelp.domain.model.sla.SlaAlert;
import org.ehelp.domain.model.sla.SlaCalendar;
import org.ehelp.domain.model.sla.SlaCheckRun;
import org.ehelp.domain.model.sla.SlaLevel;
import org.ehelp.domain.model.sla.SlaRepository;
import org.ehelp.domain.model.sla.SlaTarget;
import org.ehelp.domain.model.sla.TargetClock;
import org.ehelp.domain.model.sla.Threshold;

/**
 * The check pass: marks the requests whose warning threshold or deadline has come and raises one
 * alert for each threshold. It reads only the rows whose next check is due, through the index on
 * {@code request_sla.next_check_at}, so its cost follows the number of requests due, not the number
 * open. It also recomputes the rows an edit of a calendar or policy made stale, which wait at the
 * head of the same index.
 *
 * <p>Rows are handled in batches, each in its own transaction; a batch that fails is retried row by
 * row, so one bad row holds back no other.
 */
@Stateless
public class SlaCheck {

  private static final Logger LOG = Logger.getLogger(SlaCheck.class.getName());

  @Inject private SlaRepository repository;

  @Inject private SlaSettings settings;

  @Inject private SlaClockKeeper keeper;

  @Inject private SlaRules rules;

  @Inject private SlaAlerts alerts;

  @Inject private RequestRepository requests;

  @Inject private PersonRepository people;

  // The SLA level is a search facet, and the check pass changes it without a RequestChanged.
  @Inject private SearchJournal searchJournal;

  @Resource private SessionContext context;

  /**
   * The outcome of one pass.
   *
   * @param checked rows looked at
   * @param marked thresholds marked
   * @param millis how long the pass took, in milliseconds
   */
  public record Result(Instant at, int checked, int marked, long millis) {}

  /**
   * Runs a pass when the check interval has passed since the last one, on any instance.
   *
   * @return what the pass did, or empty when it was not yet due
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Optional<Result> runIfDue(Instant now) {
    if (!self().claim(now, false)) {
      return Optional.empty();
    }
    return Optional.of(pass(now, List.of()));
  }

  /**
   * Runs a pass now, whatever the interval.
   *
   * @param only restrict the pass to these requests, or empty for every request due
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Result runNow(Instant now, Collection<Long> only) {
    self().claim(now, true);
    return pass(now, only);
  }

  /**
   * Recomputes the rows an edit made stale, at most {@code max} of them, and marks the thresholds
   * they reached.
   *
   * @return the rows recomputed; more may be left for the next check pass
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int recomputeStale(Instant now, int max) {
    int done = 0;
    Set<Long> seen = new HashSet<>();
    while (done < max) {
      List<Long> ids =
          self().findDue(Instant.EPOCH, List.of(), Math.min(settings.batchSize(), max - done));
      if (ids.isEmpty() || !seen.addAll(ids)) {
        break;
      }
      handle(ids, now);
      done += ids.size();
    }
    return done;
  }

  /** Takes the turn of the next pass when it is due, or at once when forced. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claim(Instant now, boolean force) {
    SlaCheckRun run = repository.lockCheckRun();
    if (!force && !run.isDue(now, settings.checkInterval())) {
      return false;
    }
    run.start(now);
    return true;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> findDue(Instant now, Collection<Long> only, int limit) {
    return repository.findDueForCheck(now, only, limit);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void finish(Instant now, int checked, int marked, long millis) {
    repository.lockCheckRun().finish(now, checked, marked, millis);
  }

  /**
   * Checks a batch of rows in one transaction: recomputes the stale ones, then marks every
   * threshold reached by {@code now} and raises its alert.
   *
   * @return thresholds marked
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int checkBatch(List<Long> requestIds, Instant now) {
    int marked = 0;
    for (long id : requestIds) {
      Optional<RequestSla> locked = repository.lockRequestSla(id);
      Optional<ServiceRequest> request = requests.findById(id);
      if (locked.isEmpty() || request.isEmpty()) {
        continue;
      }
      SlaLevel before = locked.get().getLevel();
      RequestSla sla =
          locked.get().isStale() ? keeper.recompute(request.get(), now, false) : locked.get();
      marked += markReached(sla, request.get(), now);
      if (sla.getLevel() != before) {
        searchJournal.record(SearchJournal.REQUEST, Long.toString(id));
      }
    }
    return marked;
  }

  private Result pass(Instant now, Collection<Long> only) {
    long started = System.nanoTime();
    int checked = 0;
    int marked = 0;
    Set<Long> seen = new HashSet<>();
    while (true) {
      List<Long> ids = self().findDue(now, only, settings.batchSize());
      // A row whose check failed stays due; once a batch brings nothing new, the pass is over.
      if (ids.isEmpty() || !seen.addAll(ids)) {
        break;
      }
      marked += handle(ids, now);
      checked += ids.size();
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    self().finish(now, checked, marked, millis);

    int checkedRows = checked;
    int markedRows = marked;
    Level level = markedRows > 0 ? Level.INFO : Level.FINE;
    LOG.log(
        level,
        () ->
            "SLA check pass: "
                + checkedRows
                + " requests checked, "
                + markedRows
                + " thresholds marked in "
                + millis
                + " ms");
    return new Result(now, checked, marked, millis);
  }

  private int handle(List<Long> ids, Instant now) {
    try {
      return self().checkBatch(ids, now);
    } catch (EJBException | PersistenceException e) {
      LOG.log(Level.WARNING, e, () -> "SLA check of a batch failed; checking its rows one by one");
      int marked = 0;
      for (long id : ids) {
        try {
          marked += self().checkBatch(List.of(id), now);
        } catch (EJBException | PersistenceException single) {
          LOG.log(Level.WARNING, single, () -> "SLA check of request EH-" + id + " failed");
        }
      }
      return marked;
    }
  }

  /** Marks the highest threshold each target reached and raises its alert. */
  private int markReached(RequestSla sla, ServiceRequest request, Instant now) {
    int marked = 0;
    for (SlaTarget target : SlaTarget.values()) {
      TargetClock clock = sla.clock(target);
      Threshold reached = reachedThreshold(clock, now);
      if (reached == null) {
        continue;
      }
      sla.mark(target, reached);
      marked++;
      Instant reachedAt = reached == Threshold.BREACH ? clock.getDueAt() : clock.getWarnAt();
      if (!reachedAt.isBefore(sla.getAlertsFrom())) {
        alerts.raise(alert(sla, request, target, reached, reachedAt, now));
      }
    }
    return marked;
  }

  /** Returns the highest threshold a running clock reached by now and has not marked yet. */
  static Threshold reachedThreshold(TargetClock clock, Instant now) {
    if (clock.getStatus() != ClockStatus.RUNNING) {
      return null;
    }
    boolean breached = clock.getDueAt() != null && !clock.getDueAt().isAfter(now);
    if (breached && clock.getMarked() != Threshold.BREACH) {
      return Threshold.BREACH;
    }
    boolean warned = clock.getWarnAt() != null && !clock.getWarnAt().isAfter(now);
    return warned && clock.getMarked() == null ? Threshold.WARNING : null;
  }

  private SlaAlert alert(
      RequestSla sla,
      ServiceRequest request,
      SlaTarget target,
      Threshold threshold,
      Instant reachedAt,
      Instant now) {
    Map<Long, Party> recipients = new LinkedHashMap<>();
    if (request.getTechnician() != null && request.getTechnician().isActive()) {
      recipients.put(request.getTechnician().getId(), Party.TECHNICIAN);
    }
    for (Person agent : people.findByRole(Role.CALL_CENTER)) {
      if (agent.isActive()) {
        recipients.putIfAbsent(agent.getId(), Party.CALL_CENTER);
      }
    }
    Person responsible =
        request.getCategory() == null ? null : request.getCategory().getResponsible();
    if (threshold == Threshold.BREACH && responsible != null && responsible.isActive()) {
      recipients.putIfAbsent(responsible.getId(), Party.RESPONSIBLE);
    }
    List<SlaAlert.Recipient> list = new ArrayList<>();
    recipients.forEach((person, party) -> list.add(new SlaAlert.Recipient(person, party)));
    return new SlaAlert(
        request.getId(), target, threshold, reachedAt, now, deliverAfter(sla, now), list);
  }

  /** Alerts wait for the calendar's opening hours unless the setting lets them out at once. */
  private Instant deliverAfter(RequestSla sla, Instant now) {
    if (settings.notifyOutsideHours()) {
      return now;
    }
    Optional<SlaCalendar> calendar =
        sla.getCalendarId() == null
            ? rules.defaultCalendar()
            : repository.findCalendar(sla.getCalendarId());
    BusinessTime time = rules.timeOf(calendar);
    return time.nextBusinessMoment(now).orElse(now);
  }

  private SlaCheck self() {
    return context.getBusinessObject(SlaCheck.class);
  }
}

package org.ehelp.application.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.calendar.BusinessTime;
import org.ehelp.domain.model.request.Action;
import org.ehelp.domain.model.request.Channel;
import org.ehelp.domain.model.request.HistoryEntry;
import org.ehelp.domain.model.request.Party;
import org.ehelp.domain.model.request.RequestChanged;
import org.ehelp.domain.model.request.ServiceRequest;
import org.ehelp.domain.model.sla.RequestSla;
import org.ehelp.domain.model.sla.SlaCalendar;
import org.ehelp.domain.model.sla.SlaClocks;
import org.ehelp.domain.model.sla.SlaPolicy;
import org.ehelp.domain.model.sla.SlaRepository;
import org.ehelp.domain.model.sla.SlaTarget;
import org.ehelp.domain.model.sla.StateChange;

/**
 * Keeps each request's SLA in step with its history: on every change it replays the history under
 * the policy and calendar that apply now and stores the deadlines, in the transaction of the
 * change. A filing starts the clocks, a hold pauses them, a resume restarts them, a realization
 * stops the resolution clock, and a change of priority or category may pick another policy.
 */
@ApplicationScoped
public class SlaClockKeeper {

  @Inject private SlaRepository repository;

  @Inject private SlaRules rules;

  /** Recomputes the request's SLA once per change: after the last entry the change wrote. */
  void onRequestChanged(@Observes RequestChanged event) {
    ServiceRequest request = event.request();
    List<HistoryEntry> history = request.getHistory();
    if (history.get(history.size() - 1).getSeq() != event.entry().getSeq()) {
      return;
    }
    Action action = event.entry().getAction();
    boolean isNew = action == Action.FILE || action == Action.IMPORT;
    recompute(request, Times.now(), isNew);
  }

  /**
   * Recomputes and stores the SLA of a request.
   *
   * @param now the instant against which the marks already set are checked
   * @param isNew whether the request was created in this transaction, so it has no SLA row yet
   */
  public RequestSla recompute(ServiceRequest request, Instant now, boolean isNew) {
    Optional<RequestSla> existing =
        isNew ? Optional.empty() : repository.lockRequestSla(request.getId());
    // Persisted only once computed: the queries below flush pending inserts first.
    RequestSla sla = existing.orElseGet(() -> new RequestSla(request, alertsFrom(request, now)));

    List<StateChange> changes =
        request.getHistory().stream()
            .map(h -> new StateChange(h.getOccurredAt(), h.getAction(), h.getToState()))
            .toList();
    Instant lastChange = changes.get(changes.size() - 1).at();
    Optional<SlaPolicy> policy = rules.policyFor(request);
    Optional<SlaCalendar> calendar = rules.calendarOf(policy.orElse(null));
    BusinessTime time = rules.timeOf(calendar);
    SlaClocks clocks = new SlaClocks(time, rules.pausedStates());
    Map<Party, Duration> held = clocks.heldByParty(changes, lastChange);

    if (policy.isEmpty()) {
      sla.clear(held, now);
    } else {
      SlaPolicy p = policy.get();
      sla.update(
          p.getId(),
          calendar.map(SlaCalendar::getId).orElse(null),
          p.getWarningPercent(),
          clocks.replay(
              SlaTarget.RESPONSE, changes, p.goal(SlaTarget.RESPONSE), p.getWarningPercent()),
          clocks.replay(
              SlaTarget.RESOLUTION, changes, p.goal(SlaTarget.RESOLUTION), p.getWarningPercent()),
          held,
          now);
    }
    if (existing.isEmpty()) {
      repository.add(sla);
    }
    return sla;
  }

  /** Imported requests bring their past with them: only thresholds after the import are news. */
  private static Instant alertsFrom(ServiceRequest request, Instant now) {
    return request.getChannel() == Channel.IMPORT ? now : request.getCreatedAt();
  }
}

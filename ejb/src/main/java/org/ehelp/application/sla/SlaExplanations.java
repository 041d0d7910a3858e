package org.ehelp.application.sla;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ehelp.application.CurrentUser;
import org.ehelp.domain.error.NotFoundException;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.calendar.BusinessCalendar;
import org.ehelp.domain.model.calendar.BusinessTime;
import org.ehelp.domain.model.calendar.Interval;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.PersonRepository;
import org.ehelp.domain.model.request.AccessRule;
import org.ehelp.domain.model.request.Party;
import org.ehelp.domain.model.request.RequestRepository;
import org.ehelp.domain.model.request.RequestState;
import org.ehelp.domain.model.request.ServiceRequest;
import org.ehelp.domain.model.sla.ClockStatus;
import org.ehelp.domain.model.sla.RequestSla;
import org.ehelp.domain.model.sla.SlaAlert;
import org.ehelp.domain.model.sla.SlaCalendar;
import org.ehelp.domain.model.sla.SlaClocks;
import org.ehelp.domain.model.sla.SlaPolicy;
import org.ehelp.domain.model.sla.SlaRepository;
import org.ehelp.domain.model.sla.SlaTarget;
import org.ehelp.domain.model.sla.StateChange;
import org.ehelp.domain.model.sla.TargetClock;

/**
 * Explains a request's SLA to anyone who may read the request: the same replay that set the
 * deadlines, laid out period by period.
 */
@Stateless
public class SlaExplanations {

  /** The maximum of business periods listed per target; a long target lists its first ones. */
  public static final int MAX_PERIODS = 60;

  @Inject private CurrentUser currentUser;

  @Inject private RequestRepository requests;

  @Inject private SlaRepository repository;

  @Inject private SlaRules rules;

  @Inject private PersonRepository people;

  /**
   * Explains the SLA of a request the caller may read.
   *
   * @throws NotFoundException when the request does not exist or the caller may not read it
   */
  public SlaExplanation explain(long requestId) {
    Person reader = currentUser.require();
    ServiceRequest request =
        requests
            .findById(requestId)
            .filter(r -> AccessRule.canRead(reader, r))
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "EH-REQUEST-404", "error.request.notFound", "EH-" + requestId));
    Instant now = Times.now();
    Optional<RequestSla> stored = repository.findRequestSla(requestId);
    Optional<SlaPolicy> policy =
        stored.map(RequestSla::getPolicyId).flatMap(repository::findPolicy);
    Optional<SlaCalendar> calendar =
        stored.map(RequestSla::getCalendarId).flatMap(repository::findCalendar);
    if (calendar.isEmpty() && policy.isPresent()) {
      calendar = rules.calendarOf(policy.get());
    }
    BusinessTime time = rules.timeOf(calendar);
    SlaClocks clocks = new SlaClocks(time, rules.pausedStates());
    List<StateChange> history =
        request.getHistory().stream()
            .map(h -> new StateChange(h.getOccurredAt(), h.getAction(), h.getToState()))
            .toList();
    Instant until = request.getState().isFinal() ? history.get(history.size() - 1).at() : now;
    Map<Party, Duration> held = clocks.heldByParty(history, until);

    List<SlaExplanation.TargetExplanation> targets = new ArrayList<>();
    if (stored.isPresent() && policy.isPresent()) {
      for (SlaTarget target : SlaTarget.values()) {
        SlaPolicy p = policy.get();
        Duration goal = stored.get().clock(target).getGoal();
        SlaClocks.Clock clock = clocks.replay(target, history, goal, p.getWarningPercent());
        targets.add(target(clock, stored.get().clock(target), time, now));
      }
    }
    List<RequestState> paused = rules.pausedStates().stream().sorted().toList();
    return new SlaExplanation(
        requestId,
        stored.map(SlaMark::of).orElse(SlaMark.NONE),
        policy.map(SlaPolicy::getName).orElse(null),
        calendar.map(SlaCalendar::getName).orElse(null),
        time.calendar().zone().getId(),
        stored.map(RequestSla::getWarningPercent).orElse(0),
        paused,
        targets,
        held,
        reader.isStaff() ? alerts(requestId) : List.of());
  }

  private SlaExplanation.TargetExplanation target(
      SlaClocks.Clock clock, TargetClock stored, BusinessTime time, Instant now) {
    List<Interval> pauses = clock.pauses();
    Instant end;
    if (clock.status() == ClockStatus.RUNNING && clock.dueAt() != null) {
      end = clock.dueAt().isAfter(now) ? clock.dueAt() : now;
    } else if (clock.status() == ClockStatus.PAUSED) {
      end = pauseStart(clock);
    } else {
      end = clock.stoppedAt() == null ? now : clock.stoppedAt();
    }
    Instant elapsedUntil =
        clock.status() == ClockStatus.RUNNING || clock.status() == ClockStatus.PAUSED ? now : end;
    Duration elapsed = time.elapsed(clock.startedAt(), elapsedUntil, pauses);

    List<Interval> counted = time.counted(clock.startedAt(), end, pauses);
    List<SlaExplanation.Period> periods =
        counted.stream()
            .limit(MAX_PERIODS)
            .map(i -> new SlaExplanation.Period(i.start(), i.end(), i.length()))
            .toList();
    List<SlaExplanation.Pause> skipped = new ArrayList<>();
    for (SlaClocks.Segment segment : clock.segments()) {
      if (segment.phase() != SlaClocks.Phase.RUNNING && segment.start().isBefore(end)) {
        boolean empty = segment.end() != null && !segment.end().isAfter(segment.start());
        if (!empty) {
          skipped.add(
              new SlaExplanation.Pause(
                  segment.state(),
                  segment.start(),
                  segment.end(),
                  segment.phase() == SlaClocks.Phase.STOPPED));
        }
      }
    }
    return new SlaExplanation.TargetExplanation(
        clock.target(),
        clock.status(),
        clock.goal(),
        elapsed,
        clock.goal().minus(elapsed),
        clock.warnAt(),
        clock.dueAt(),
        clock.stoppedAt(),
        stored.getMarked(),
        periods,
        counted.size() > MAX_PERIODS,
        holidays(time.calendar(), clock.startedAt(), end),
        skipped);
  }

  private static Instant pauseStart(SlaClocks.Clock clock) {
    List<SlaClocks.Segment> segments = clock.segments();
    return segments.get(segments.size() - 1).start();
  }

  /** Lists the holidays between two instants that fell on a weekday with opening hours. */
  private static List<SlaExplanation.SkippedHoliday> holidays(
      BusinessCalendar calendar, Instant from, Instant to) {
    List<SlaExplanation.SkippedHoliday> found = new ArrayList<>();
    LocalDate last = calendar.dateOf(to);
    for (LocalDate day = calendar.dateOf(from); !day.isAfter(last); day = day.plusDays(1)) {
      LocalDate date = day;
      if (!calendar.slots(date.getDayOfWeek()).isEmpty()) {
        calendar
            .holidayOn(date)
            .ifPresent(h -> found.add(new SlaExplanation.SkippedHoliday(date, h.name())));
      }
    }
    return found;
  }

  private List<SlaExplanation.AlertItem> alerts(long requestId) {
    List<SlaExplanation.AlertItem> items = new ArrayList<>();
    for (SlaAlert alert : repository.alertsOf(requestId)) {
      List<String> names = new ArrayList<>();
      for (SlaAlert.Recipient recipient : alert.getRecipients()) {
        people.findById(recipient.getPersonId()).ifPresent(p -> names.add(p.getDisplayName()));
      }
      items.add(
          new SlaExplanation.AlertItem(
              alert.getTarget(),
              alert.getThreshold(),
              alert.getReachedAt(),
              alert.getRaisedAt(),
              alert.getDeliverAfter(),
              alert.getDeliveredAt(),
              names));
    }
    return items;
  }

  /** Returns the states an admin may choose to pause the resolution clock in. */
  public static List<RequestState> pausableStates() {
    return EnumSet.copyOf(SlaClocks.PAUSABLE).stream().sorted().toList();
  }
}

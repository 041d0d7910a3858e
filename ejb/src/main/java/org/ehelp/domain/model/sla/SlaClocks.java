package org.ehelp.domain.model.sla;

import static org.ehelp.domain.model.request.RequestState.ACCEPTED;
import static org.ehelp.domain.model.request.RequestState.AWAITING_APPROVAL;
import static org.ehelp.domain.model.request.RequestState.AWAITING_VALIDATION;
import static org.ehelp.domain.model.request.RequestState.CLOSED;
import static org.ehelp.domain.model.request.RequestState.DISPATCHED;
import static org.ehelp.domain.model.request.RequestState.IN_PROGRESS;
import static org.ehelp.domain.model.request.RequestState.ON_HOLD;
import static org.ehelp.domain.model.request.RequestState.REALIZED;
import static org.ehelp.domain.model.request.RequestState.REFUSED;
import static org.ehelp.domain.model.request.RequestState.REJECTED;
import static org.ehelp.domain.model.request.RequestState.SUBMITTED;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.ehelp.domain.model.calendar.BusinessTime;
import org.ehelp.domain.model.calendar.Interval;
import org.ehelp.domain.model.request.Action;
import org.ehelp.domain.model.request.Party;
import org.ehelp.domain.model.request.RequestState;

/**
 * Replays a request's history into the clocks of its two targets. Plain Java: the same history,
 * policy and calendar always give the same deadlines, which is what lets eHelp recompute them after
 * any change.
 *
 * <p>The response clock runs from filing until the request first leaves SUBMITTED. The resolution
 * clock runs from filing in every open state, stops in REALIZED, ACCEPTED, CLOSED and REJECTED, and
 * pauses in the states an admin chose (by default ON_HOLD and AWAITING_VALIDATION, where the
 * request waits on someone outside the service). A request that comes back from REALIZED or REFUSED
 * to the technician starts the resolution clock again where it stopped.
 */
public final class SlaClocks {

  /** The states that pause the resolution clock unless an admin chooses others. */
  public static final Set<RequestState> DEFAULT_PAUSED = EnumSet.of(ON_HOLD, AWAITING_VALIDATION);

  /** The states an admin may choose to pause the resolution clock in. */
  public static final Set<RequestState> PAUSABLE =
      EnumSet.of(DISPATCHED, IN_PROGRESS, AWAITING_APPROVAL, ON_HOLD, AWAITING_VALIDATION, REFUSED);

  private static final Set<RequestState> RESOLVED =
      EnumSet.of(REALIZED, ACCEPTED, CLOSED, REJECTED);

  /** Actions after which a stopped target is not measured. */
  private static final Set<Action> NOT_MEASURED = EnumSet.of(Action.WITHDRAW, Action.IMPORT);

  private final BusinessTime time;
  private final Set<RequestState> pausedStates;

  public SlaClocks(BusinessTime time, Set<RequestState> pausedStates) {
    this.time = time;
    this.pausedStates =
        pausedStates.isEmpty() ? EnumSet.noneOf(RequestState.class) : EnumSet.copyOf(pausedStates);
    this.pausedStates.retainAll(PAUSABLE);
  }

  /** Whether a clock counts, waits or has stopped during a segment. */
  public enum Phase {
    RUNNING,
    PAUSED,
    STOPPED
  }

  /**
   * A stretch of the request's life in one state, and what the clock did meanwhile.
   *
   * @param end null for the stretch still going on
   */
  public record Segment(Instant start, Instant end, RequestState state, Phase phase) {

    Interval interval() {
      return new Interval(start, end);
    }
  }

  /**
   * The clock of one target after the last change.
   *
   * @param elapsed business time counted up to the last change
   * @param warnAt when the warning threshold is (or was) reached; null while paused or stopped
   *     before it
   * @param dueAt when the target is (or was) reached; null while paused or stopped before it
   * @param stoppedAt when the clock stopped for good; null while it may still move
   * @param segments the request's life as this clock saw it, from filing
   */
  public record Clock(
      SlaTarget target,
      ClockStatus status,
      Duration goal,
      Instant startedAt,
      Duration elapsed,
      Instant warnAt,
      Instant dueAt,
      Instant stoppedAt,
      List<Segment> segments) {

    /** Returns the spans that do not count: the paused and stopped segments. */
    public List<Interval> pauses() {
      return segments.stream()
          .filter(s -> s.phase() != Phase.RUNNING)
          .map(Segment::interval)
          .toList();
    }
  }

  /**
   * Replays the history into the clock of one target.
   *
   * @param history the request's entries in order, the filing first
   * @param warningPercent the warning threshold, 1 to 100 percent of the goal
   */
  public Clock replay(
      SlaTarget target, List<StateChange> history, Duration goal, int warningPercent) {
    if (history.isEmpty()) {
      throw new IllegalArgumentException("A request's history starts with its filing");
    }
    Instant filedAt = history.get(0).at();
    Instant lastChange = history.get(history.size() - 1).at();
    List<Segment> segments =
        target == SlaTarget.RESPONSE ? responseSegments(history) : resolutionSegments(history);
    List<Interval> pauses =
        segments.stream().filter(s -> s.phase() != Phase.RUNNING).map(Segment::interval).toList();

    Duration elapsed = time.elapsed(filedAt, lastChange, pauses);
    Duration warning = goal.multipliedBy(warningPercent).dividedBy(100);
    Instant warnAt = time.dueAfter(filedAt, warning, pauses).orElse(null);
    Instant dueAt = time.dueAfter(filedAt, goal, pauses).orElse(null);

    Segment current = segments.get(segments.size() - 1);
    ClockStatus status =
        switch (current.phase()) {
          case RUNNING -> ClockStatus.RUNNING;
          case PAUSED -> ClockStatus.PAUSED;
          case STOPPED -> outcome(target, history, current, filedAt, goal, pauses);
        };
    Instant stoppedAt = status.isOpen() ? null : current.start();
    return new Clock(
        target, status, goal, filedAt, elapsed, warnAt, dueAt, stoppedAt, List.copyOf(segments));
  }

  /**
   * Returns the business time each party held the request, from filing to {@code until}: the call
   * center, the technician, the responsible asked for approval and the requester asked to validate.
   */
  public Map<Party, Duration> heldByParty(List<StateChange> history, Instant until) {
    Map<Party, Duration> held = new EnumMap<>(Party.class);
    for (Party party :
        List.of(Party.CALL_CENTER, Party.TECHNICIAN, Party.RESPONSIBLE, Party.REQUESTER)) {
      held.put(party, Duration.ZERO);
    }
    List<Segment> segments = segments(history, state -> Phase.RUNNING);
    for (Segment segment : segments) {
      Party holder = holder(segment.state());
      Instant end = segment.end() == null ? until : segment.end();
      if (holder != null && end.isAfter(segment.start())) {
        held.merge(holder, time.elapsed(segment.start(), end), Duration::plus);
      }
    }
    return Collections.unmodifiableMap(held);
  }

  /** Returns who has to act on a request in a state, or null once it is final. */
  public static Party holder(RequestState state) {
    return switch (state) {
      case SUBMITTED, REALIZED, ACCEPTED, REFUSED -> Party.CALL_CENTER;
      case DISPATCHED, IN_PROGRESS, ON_HOLD -> Party.TECHNICIAN;
      case AWAITING_APPROVAL -> Party.RESPONSIBLE;
      case AWAITING_VALIDATION -> Party.REQUESTER;
      case REJECTED, CLOSED -> null;
    };
  }

  /** Returns what the resolution clock does in a state, with this clock's paused states. */
  public Phase resolutionPhase(RequestState state) {
    if (RESOLVED.contains(state)) {
      return Phase.STOPPED;
    }
    return pausedStates.contains(state) ? Phase.PAUSED : Phase.RUNNING;
  }

  private ClockStatus outcome(
      SlaTarget target,
      List<StateChange> history,
      Segment current,
      Instant filedAt,
      Duration goal,
      List<Interval> pauses) {
    Action stoppedBy = actionAt(history, current.start(), current.state());
    if (NOT_MEASURED.contains(stoppedBy)) {
      return ClockStatus.UNMEASURED;
    }
    if (target == SlaTarget.RESOLUTION
        && history.stream().noneMatch(c -> c.action() == Action.MARK_REALIZED)) {
      return ClockStatus.UNMEASURED;
    }
    Duration used = time.elapsed(filedAt, current.start(), pauses);
    return used.compareTo(goal) >= 0 ? ClockStatus.MISSED : ClockStatus.MET;
  }

  /** Returns the action of the last entry at the instant that led into the state. */
  private static Action actionAt(List<StateChange> history, Instant at, RequestState state) {
    Action found = null;
    for (StateChange change : history) {
      if (change.at().equals(at) && change.state() == state) {
        found = change.action();
      }
    }
    return found;
  }

  private List<Segment> responseSegments(List<StateChange> history) {
    Instant filedAt = history.get(0).at();
    for (StateChange change : history) {
      if (change.state() != SUBMITTED) {
        return List.of(
            new Segment(filedAt, change.at(), SUBMITTED, Phase.RUNNING),
            new Segment(change.at(), null, change.state(), Phase.STOPPED));
      }
    }
    return List.of(new Segment(filedAt, null, SUBMITTED, Phase.RUNNING));
  }

  private List<Segment> resolutionSegments(List<StateChange> history) {
    return segments(history, this::resolutionPhase);
  }

  private static List<Segment> segments(
      List<StateChange> history, Function<RequestState, Phase> phase) {
    List<Segment> segments = new ArrayList<>();
    for (int i = 0; i < history.size(); i++) {
      StateChange change = history.get(i);
      if (!segments.isEmpty()) {
        Segment previous = segments.get(segments.size() - 1);
        if (previous.state() == change.state()) {
          continue;
        }
        segments.set(
            segments.size() - 1,
            new Segment(previous.start(), change.at(), previous.state(), previous.phase()));
      }
      segments.add(new Segment(change.at(), null, change.state(), phase.apply(change.state())));
    }
    return segments;
  }
}

package org.ehelp.application.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ehelp.domain.model.request.Party;
import org.ehelp.domain.model.request.RequestState;
import org.ehelp.domain.model.sla.ClockStatus;
import org.ehelp.domain.model.sla.SlaTarget;
import org.ehelp.domain.model.sla.Threshold;

/**
 * The reasons for a request's deadlines: the policy and calendar used, and for each target the
 * business periods counted, the holidays and pauses skipped, and the thresholds reached.
 *
 * @param policyName the policy that applies, or null when none does
 * @param calendarName the calendar the targets count in, or null for UTC around the clock
 * @param calendarZone the calendar's time zone, such as Europe/Paris
 * @param pausedStates the states that pause the resolution clock
 * @param held business time each party held the request, up to now
 * @param alerts the alerts raised for the request, oldest first
 */
public record SlaExplanation(
    long requestId,
    SlaMark mark,
    String policyName,
    String calendarName,
    String calendarZone,
    int warningPercent,
    List<RequestState> pausedStates,
    List<TargetExplanation> targets,
    Map<Party, Duration> held,
    List<AlertItem> alerts) {

  /**
   * One target.
   *
   * @param elapsed business time counted up to now, or up to the stop
   * @param remaining business time left before the deadline; negative once it has passed
   * @param counted the business periods counted from filing to the deadline (or to the stop, or to
   *     the pause), at most {@link SlaExplanations#MAX_PERIODS}
   * @param truncated whether more periods were counted than listed
   */
  public record TargetExplanation(
      SlaTarget target,
      ClockStatus status,
      Duration goal,
      Duration elapsed,
      Duration remaining,
      Instant warnAt,
      Instant dueAt,
      Instant stoppedAt,
      Threshold marked,
      List<Period> counted,
      boolean truncated,
      List<SkippedHoliday> holidays,
      List<Pause> pauses) {}

  /** A business period counted. */
  public record Period(Instant start, Instant end, Duration length) {}

  /** A holiday that fell on a day with opening hours. */
  public record SkippedHoliday(LocalDate date, String name) {}

  /**
   * A span during which the clock did not count.
   *
   * @param end null while it lasts
   * @param stopped true when the target was reached (or the request closed), false for a pause
   */
  public record Pause(RequestState state, Instant start, Instant end, boolean stopped) {}

  /** An alert raised, with the people it is for. */
  public record AlertItem(
      SlaTarget target,
      Threshold threshold,
      Instant reachedAt,
      Instant raisedAt,
      Instant deliverAfter,
      Instant deliveredAt,
      List<String> recipients) {}
}

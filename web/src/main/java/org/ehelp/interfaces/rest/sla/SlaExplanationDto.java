package org.ehelp.interfaces.rest.sla;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ehelp.interfaces.rest.request.SlaMarkDto;

/**
 * The reasons for a request's deadlines. Durations are whole seconds.
 *
 * @param policy the policy that applies, or null
 * @param calendar the calendar the targets count in, or null for UTC around the clock
 * @param heldSeconds business time each party held the request, up to now
 * @param alerts the alerts raised for the request; for staff only
 */
public record SlaExplanationDto(
    long requestId,
    SlaMarkDto mark,
    String policy,
    String calendar,
    String timeZone,
    int warningPercent,
    List<String> pausedStates,
    List<TargetDto> targets,
    Map<String, Long> heldSeconds,
    List<AlertDto> alerts) {

  /**
   * One target.
   *
   * @param remainingSeconds business time left; negative once the deadline has passed
   * @param marked the threshold the check pass marked: WARNING, BREACH or null
   * @param counted the business periods counted from filing to the deadline, the stop or the pause
   * @param holidays the holidays skipped, YYYY-MM-DD and name
   * @param pauses the spans the clock did not count
   */
  public record TargetDto(
      String target,
      String status,
      long goalSeconds,
      long elapsedSeconds,
      long remainingSeconds,
      Instant warnAt,
      Instant dueAt,
      Instant stoppedAt,
      String marked,
      List<PeriodDto> counted,
      boolean truncated,
      List<HolidayDto> holidays,
      List<PauseDto> pauses) {}

  /** A business period counted. */
  public record PeriodDto(Instant start, Instant end, long seconds) {}

  /**
   * A span the clock did not count.
   *
   * @param stopped true once the target was reached, false for a pause
   */
  public record PauseDto(String state, Instant start, Instant end, boolean stopped) {}

  /** An alert raised. */
  public record AlertDto(
      String target,
      String threshold,
      Instant reachedAt,
      Instant raisedAt,
      Instant deliverAfter,
      Instant deliveredAt,
      List<String> recipients) {}
}

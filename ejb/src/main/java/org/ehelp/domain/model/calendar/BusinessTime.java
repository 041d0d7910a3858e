package org.ehelp.domain.model.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Business-time arithmetic on a {@link BusinessCalendar}: deadlines, elapsed business time and
 * working days. Time counts only inside open periods and outside the pauses given, to the
 * nanosecond; callers that show whole minutes round down.
 *
 * <p>Convention at the end of a period: when the business time runs out exactly at closing time,
 * the deadline is that closing instant, not the opening of the next period. Both denote the same
 * amount of business time, and the closing instant is the one a person reads as "due today at
 * 18:00". A zero amount returns the first business moment at or after the start (or, backwards, the
 * last one at or before it).
 */
public final class BusinessTime {

  /** How far the arithmetic looks for open periods before it gives up: about ten years. */
  static final int HORIZON_DAYS = 3660;

  private final BusinessCalendar calendar;

  public BusinessTime(BusinessCalendar calendar) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  public BusinessCalendar calendar() {
    return calendar;
  }

  /**
   * Returns the instant at which {@code amount} of business time has passed since {@code start},
   * not counting the pauses.
   *
   * @param pauses spans that do not count, in any order, possibly overlapping. One of them may be
   *     open, so that no deadline after its start exists.
   * @return the deadline, or empty when the business time never runs out: a pause that has not
   *     ended, or a calendar without open periods within ten years
   */
  public Optional<Instant> dueAfter(Instant start, Duration amount, List<Interval> pauses) {
    requireNotNegative(amount);
    List<Interval> gaps = normalize(pauses);
    Instant openPauseStart = openPauseStart(gaps);
    Duration remaining = amount;
    LocalDate day = calendar.dateOf(start);
    for (int i = 0; i <= HORIZON_DAYS; i++, day = day.plusDays(1)) {
      if (openPauseStart != null
          && !day.atStartOfDay(calendar.zone()).toInstant().isBefore(openPauseStart)) {
        return Optional.empty();
      }
      for (Interval period : calendar.openPeriods(day)) {
        if (!period.end().isAfter(start)) {
          continue;
        }
        Interval clipped = new Interval(later(period.start(), start), period.end());
        for (Interval piece : subtract(clipped, gaps)) {
          Duration length = piece.length();
          if (length.compareTo(remaining) >= 0) {
            return Optional.of(piece.start().plus(remaining));
          }
          remaining = remaining.minus(length);
        }
      }
    }
    return Optional.empty();
  }

  /** Returns the deadline of {@code amount} of business time from {@code start}, with no pause. */
  public Optional<Instant> dueAfter(Instant start, Duration amount) {
    return dueAfter(start, amount, List.of());
  }

  /**
   * Returns the instant {@code amount} of business time before {@code end}: the latest start from
   * which that amount would run out at {@code end}.
   *
   * @return the instant, or empty when no open period exists within ten years before the end
   */
  public Optional<Instant> dueBefore(Instant end, Duration amount) {
    requireNotNegative(amount);
    Duration remaining = amount;
    LocalDate day = calendar.dateOf(end);
    for (int i = 0; i <= HORIZON_DAYS; i++, day = day.minusDays(1)) {
      List<Interval> periods = calendar.openPeriods(day);
      for (int p = periods.size() - 1; p >= 0; p--) {
        Interval period = periods.get(p);
        if (!period.start().isBefore(end)) {
          continue;
        }
        Interval piece = new Interval(period.start(), earlier(period.end(), end));
        Duration length = piece.length();
        if (length.compareTo(remaining) >= 0) {
          return Optional.of(piece.end().minus(remaining));
        }
        remaining = remaining.minus(length);
      }
    }
    return Optional.empty();
  }

  /** Returns the first business moment at or after the instant, if any within ten years. */
  public Optional<Instant> nextBusinessMoment(Instant at) {
    return dueAfter(at, Duration.ZERO);
  }

  /**
   * Returns the business time between two instants, not counting the pauses; zero when the end is
   * not after the start.
   */
  public Duration elapsed(Instant start, Instant end, List<Interval> pauses) {
    Duration total = Duration.ZERO;
    for (Interval piece : counted(start, end, pauses)) {
      total = total.plus(piece.length());
    }
    return total;
  }

  /** Returns the business time between two instants, with no pause. */
  public Duration elapsed(Instant start, Instant end) {
    return elapsed(start, end, List.of());
  }

  /**
   * Returns the spans between two instants that count as business time, in order: the open periods
   * clipped to the two instants, minus the pauses.
   */
  public List<Interval> counted(Instant start, Instant end, List<Interval> pauses) {
    List<Interval> pieces = new ArrayList<>();
    if (!end.isAfter(start)) {
      return pieces;
    }
    List<Interval> gaps = normalize(pauses);
    LocalDate last = calendar.dateOf(end);
    for (LocalDate day = calendar.dateOf(start); !day.isAfter(last); day = day.plusDays(1)) {
      for (Interval period : calendar.openPeriods(day)) {
        Instant from = later(period.start(), start);
        Instant to = earlier(period.end(), end);
        if (to.isAfter(from)) {
          pieces.addAll(subtract(new Interval(from, to), gaps));
        }
      }
    }
    return pieces;
  }

  /**
   * Moves a whole number of working days (dates with open periods) from the start, keeping the time
   * of day. The start is first moved to the nearest business moment in the direction of travel. On
   * the day reached, a time before the first period moves to its start, a time in a gap between
   * periods to the next start, and a time after the last period to its end.
   *
   * @param days working days to move, backwards when negative
   * @param endOfDay return the end of the last open period of the day reached instead
   * @throws IllegalStateException when the calendar has no working day within ten years
   */
  public Instant addWorkingDays(Instant start, int days, boolean endOfDay) {
    Optional<Instant> moment =
        days >= 0 ? dueAfter(start, Duration.ZERO) : dueBefore(start, Duration.ZERO);
    Instant from = moment.orElseThrow(BusinessTime::noWorkingDay);
    LocalDate day = calendar.dateOf(from);
    LocalTime time = from.atZone(calendar.zone()).toLocalTime();
    int step = days >= 0 ? 1 : -1;
    int moved = 0;
    int searched = 0;
    while (moved < Math.abs(days)) {
      day = day.plusDays(step);
      if (++searched > HORIZON_DAYS) {
        throw noWorkingDay();
      }
      if (calendar.isWorkingDay(day)) {
        moved++;
      }
    }

    List<Interval> periods = calendar.openPeriods(day);
    Interval last = periods.get(periods.size() - 1);
    if (endOfDay) {
      return last.end();
    }
    Instant at = ZonedDateTime.of(day, time, calendar.zone()).toInstant();
    for (Interval period : periods) {
      if (period.contains(at)) {
        return at;
      }
      if (at.isBefore(period.start())) {
        return period.start();
      }
    }
    return last.end();
  }

  private static IllegalStateException noWorkingDay() {
    return new IllegalStateException("The calendar has no working day within ten years");
  }

  /** Sorts the pauses and merges those that overlap or touch. */
  static List<Interval> normalize(List<Interval> pauses) {
    List<Interval> sorted = new ArrayList<>(pauses);
    sorted.removeIf(Interval::isEmpty);
    sorted.sort(Comparator.comparing(Interval::start));
    List<Interval> merged = new ArrayList<>();
    for (Interval pause : sorted) {
      if (!merged.isEmpty()) {
        Interval previous = merged.get(merged.size() - 1);
        if (previous.isOpen()) {
          break;
        }
        if (!pause.start().isAfter(previous.end())) {
          Instant end = pause.isOpen() ? null : later(previous.end(), pause.end());
          merged.set(merged.size() - 1, new Interval(previous.start(), end));
          continue;
        }
      }
      merged.add(pause);
    }
    return merged;
  }

  /** Returns the parts of the span outside the gaps, which are sorted and do not overlap. */
  static List<Interval> subtract(Interval span, List<Interval> gaps) {
    List<Interval> pieces = new ArrayList<>();
    Instant cursor = span.start();
    for (Interval gap : gaps) {
      if (!cursor.isBefore(span.end())) {
        break;
      }
      if (!gap.isOpen() && !gap.end().isAfter(cursor)) {
        continue;
      }
      if (!gap.start().isBefore(span.end())) {
        break;
      }
      if (gap.start().isAfter(cursor)) {
        pieces.add(new Interval(cursor, gap.start()));
      }
      cursor = gap.isOpen() ? span.end() : later(cursor, gap.end());
    }
    if (cursor.isBefore(span.end())) {
      pieces.add(new Interval(cursor, span.end()));
    }
    return pieces;
  }

  private static Instant openPauseStart(List<Interval> gaps) {
    return gaps.isEmpty() || !gaps.get(gaps.size() - 1).isOpen()
        ? null
        : gaps.get(gaps.size() - 1).start();
  }

  private static void requireNotNegative(Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("Invalid business time " + amount + ": it is negative");
    }
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}

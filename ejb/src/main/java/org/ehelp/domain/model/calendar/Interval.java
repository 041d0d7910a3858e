package org.ehelp.domain.model.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A span of time from {@code start} included to {@code end} excluded. An interval without an end is
 * still running, such as a pause that has not ended yet.
 */
public record Interval(Instant start, Instant end) {

  public Interval {
    Objects.requireNonNull(start, "start");
    if (end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("Invalid interval: " + end + " is before " + start);
    }
  }

  /** Returns an interval that has not ended. */
  public static Interval from(Instant start) {
    return new Interval(start, null);
  }

  public boolean isOpen() {
    return end == null;
  }

  /** Returns the length, which must be bounded. */
  public Duration length() {
    return Duration.between(start, Objects.requireNonNull(end, "an open interval has no length"));
  }

  public boolean isEmpty() {
    return end != null && !end.isAfter(start);
  }

  /** Whether the instant lies in the interval. */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && (end == null || instant.isBefore(end));
  }
}

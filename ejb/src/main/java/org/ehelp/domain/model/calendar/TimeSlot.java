package org.ehelp.domain.model.calendar;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Opening hours within one day, from {@code start} included to {@code end} excluded, in the
 * calendar's local time. An end of {@link LocalTime#MIDNIGHT} means the end of the day (24:00).
 */
public record TimeSlot(LocalTime start, LocalTime end) {

  /** Minutes in a day, the value of 24:00. */
  static final int DAY_MINUTES = 24 * 60;

  public TimeSlot {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.equals(LocalTime.MIDNIGHT) && !start.isBefore(end)) {
      throw new IllegalArgumentException(
          "Invalid time slot " + start + "-" + end + ": the start must come before the end");
    }
  }

  /**
   * Parses {@code HH:MM-HH:MM}, where the end may be {@code 24:00}.
   *
   * @throws IllegalArgumentException when the text is not two times or the start is not earlier
   */
  public static TimeSlot parse(String text) {
    String[] parts = text.strip().split("\\s*-\\s*");
    if (parts.length != 2) {
      throw new IllegalArgumentException("Invalid time slot '" + text + "': expected HH:MM-HH:MM");
    }
    return new TimeSlot(time(parts[0], text), time(parts[1], text));
  }

  /** Returns the slot from {@code startMinute} to {@code endMinute} after midnight (0 to 1440). */
  public static TimeSlot ofMinutes(int startMinute, int endMinute) {
    if (startMinute < 0 || endMinute > DAY_MINUTES || startMinute >= endMinute) {
      throw new IllegalArgumentException(
          "Invalid time slot " + startMinute + "-" + endMinute + " minutes after midnight");
    }
    return new TimeSlot(
        LocalTime.ofSecondOfDay(startMinute * 60L),
        endMinute == DAY_MINUTES ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(endMinute * 60L));
  }

  /** Returns the start in minutes after midnight. */
  public int startMinute() {
    return start.getHour() * 60 + start.getMinute();
  }

  /** Returns the end in minutes after midnight, 1440 for 24:00. */
  public int endMinute() {
    return endsAtMidnight() ? DAY_MINUTES : end.getHour() * 60 + end.getMinute();
  }

  public boolean endsAtMidnight() {
    return end.equals(LocalTime.MIDNIGHT);
  }

  @Override
  public String toString() {
    return start + "-" + (endsAtMidnight() ? "24:00" : end.toString());
  }

  private static LocalTime time(String value, String text) {
    if (value.equals("24:00")) {
      return LocalTime.MIDNIGHT;
    }
    try {
      return LocalTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Invalid time '" + value + "' in time slot '" + text + "': expected HH:MM", e);
    }
  }
}

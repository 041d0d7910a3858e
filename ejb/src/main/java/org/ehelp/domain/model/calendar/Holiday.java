package org.ehelp.domain.model.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * Days on which a calendar is closed, from {@code first} to {@code last}, both included. A yearly
 * holiday repeats on the same month and day every year; its range may run across the new year (24
 * December to 2 January).
 */
public record Holiday(String name, LocalDate first, LocalDate last, boolean yearly) {

  public Holiday {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    name = name == null || name.isBlank() ? "" : name.strip();
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(
          "Invalid holiday " + name + ": it ends on " + last + ", before it starts on " + first);
    }
    if (yearly && first.plusYears(1).isBefore(last.plusDays(1))) {
      throw new IllegalArgumentException(
          "Invalid holiday " + name + ": a yearly holiday lasts less than a year");
    }
  }

  /** Returns a holiday of one day. */
  public static Holiday on(String name, LocalDate day) {
    return new Holiday(name, day, day, false);
  }

  /** Whether the calendar is closed on this date because of this holiday. */
  public boolean covers(LocalDate date) {
    if (!yearly) {
      return !date.isBefore(first) && !date.isAfter(last);
    }
    if (date.isBefore(first)) {
      return false;
    }
    MonthDay from = MonthDay.from(first);
    MonthDay to = MonthDay.from(last);
    MonthDay day = MonthDay.from(date);
    boolean wrapsNewYear = last.getYear() > first.getYear();
    return wrapsNewYear
        ? !day.isBefore(from) || !day.isAfter(to)
        : !day.isBefore(from) && !day.isAfter(to);
  }
}

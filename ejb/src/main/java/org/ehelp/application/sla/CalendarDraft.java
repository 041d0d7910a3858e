package org.ehelp.application.sla;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

/**
 * A business calendar as an admin writes it.
 *
 * @param timeZone an IANA time zone such as Europe/Paris
 * @param alwaysOpen open around the clock every day (24/7); the hours are then ignored
 * @param hours the slots of each weekday as {@code HH:MM-HH:MM}, the end possibly 24:00; a weekday
 *     left out is closed
 * @param holidays the holidays; null keeps those the calendar has
 * @param defaultCalendar whether policies without a calendar of their own count in this one
 */
public record CalendarDraft(
    String name,
    String timeZone,
    boolean alwaysOpen,
    Map<DayOfWeek, List<String>> hours,
    List<HolidayDraft> holidays,
    boolean defaultCalendar) {

  /**
   * One holiday.
   *
   * @param last the last day closed, included; null for a one-day holiday
   * @param yearly whether it repeats on the same month and day every year
   */
  public record HolidayDraft(String name, String first, String last, boolean yearly) {}
}

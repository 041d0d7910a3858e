package org.ehelp.domain.model.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * When a service is open: a time zone, the time slots of each weekday and the holidays. Plain Java,
 * so the arithmetic of {@link BusinessTime} is tested without a server.
 *
 * <p>Slots are local times. On the day summer time starts, a local time that does not exist is
 * moved forward by the length of the gap. On the day it ends, a local time that occurs twice is
 * read in the earlier offset. Both are what {@link ZonedDateTime#of} does. So a slot 08:00-18:00
 * lasts 10 real hours on every day but those two, when a slot across 02:00-03:00 lasts an hour less
 * or more.
 */
public final class BusinessCalendar {

  private final ZoneId zone;
  private final Map<DayOfWeek, List<TimeSlot>> week;
  private final List<Holiday> holidays;

  /**
   * @param week the slots of each weekday; a missing weekday is closed
   * @throws IllegalArgumentException when two slots of a day overlap
   */
  public BusinessCalendar(
      ZoneId zone, Map<DayOfWeek, List<TimeSlot>> week, List<Holiday> holidays) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.week = new EnumMap<>(DayOfWeek.class);
    week.forEach((day, slots) -> this.week.put(day, sorted(day, slots)));
    this.holidays = List.copyOf(holidays);
  }

  /** Returns a calendar open every day around the clock, without holidays. */
  public static BusinessCalendar alwaysOpen(ZoneId zone) {
    Map<DayOfWeek, List<TimeSlot>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      week.put(day, List.of(new TimeSlot(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)));
    }
    return new BusinessCalendar(zone, week, List.of());
  }

  public ZoneId zone() {
    return zone;
  }

  /** Returns the slots of a weekday, by start time; empty when that weekday is closed. */
  public List<TimeSlot> slots(DayOfWeek day) {
    return week.getOrDefault(day, List.of());
  }

  public List<Holiday> holidays() {
    return holidays;
  }

  /** Whether any weekday has opening hours; a calendar without any never counts time. */
  public boolean hasOpeningHours() {
    return week.values().stream().anyMatch(slots -> !slots.isEmpty());
  }

  /** Returns the holiday that closes the calendar on this date, if any. */
  public Optional<Holiday> holidayOn(LocalDate date) {
    return holidays.stream().filter(h -> h.covers(date)).findFirst();
  }

  public boolean isHoliday(LocalDate date) {
    return holidayOn(date).isPresent();
  }

  /** Whether the date has opening hours: a weekday with slots that is not a holiday. */
  public boolean isWorkingDay(LocalDate date) {
    return !slots(date.getDayOfWeek()).isEmpty() && !isHoliday(date);
  }

  /**
   * Returns the open periods of a local date as instants, in order; empty on a holiday or a closed
   * weekday. Adjacent periods of consecutive days (a slot to 24:00 and one from 00:00) touch.
   */
  public List<Interval> openPeriods(LocalDate date) {
    if (!isWorkingDay(date)) {
      return List.of();
    }
    List<Interval> periods = new ArrayList<>();
    for (TimeSlot slot : slots(date.getDayOfWeek())) {
      Instant start = ZonedDateTime.of(date, slot.start(), zone).toInstant();
      Instant end =
          slot.endsAtMidnight()
              ? date.plusDays(1).atStartOfDay(zone).toInstant()
              : ZonedDateTime.of(date, slot.end(), zone).toInstant();
      if (end.isAfter(start)) {
        periods.add(new Interval(start, end));
      }
    }
    return periods;
  }

  /** Whether the instant lies in an open period. */
  public boolean isBusinessTime(Instant instant) {
    LocalDate date = instant.atZone(zone).toLocalDate();
    return openPeriods(date).stream().anyMatch(p -> p.contains(instant));
  }

  /**
   * Returns the instant at which {@code days} whole working days have passed since {@code from}:
   * the start of the day after the last of them. The working day {@code from} falls on does not
   * count, since it has already begun. Sent on a Friday with two days to wait, an answer is due by
   * the start of Wednesday if Monday and Tuesday are working days.
   *
   * @param days one or more
   * @return the instant, or empty when the calendar has no working day in the next ten years
   */
  public Optional<Instant> afterWorkingDays(Instant from, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be 1 or more, not " + days);
    }
    LocalDate date = dateOf(from);
    LocalDate limit = date.plusYears(10);
    int counted = 0;
    while (counted < days) {
      date = date.plusDays(1);
      if (date.isAfter(limit)) {
        return Optional.empty();
      }
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return Optional.of(date.plusDays(1).atStartOfDay(zone).toInstant());
  }

  /** Returns the local date of an instant in this calendar's zone. */
  public LocalDate dateOf(Instant instant) {
    return instant.atZone(zone).toLocalDate();
  }

  private static List<TimeSlot> sorted(DayOfWeek day, List<TimeSlot> slots) {
    List<TimeSlot> ordered = new ArrayList<>(slots);
    ordered.sort(Comparator.comparingInt(TimeSlot::startMinute));
    for (int i = 1; i < ordered.size(); i++) {
      if (ordered.get(i).startMinute() < ordered.get(i - 1).endMinute()) {
        throw new IllegalArgumentException(
            "Invalid opening hours on "
                + day
                + ": "
                + ordered.get(i - 1)
                + " and "
                + ordered.get(i)
                + " overlap");
      }
    }
    return List.copyOf(ordered);
  }
}

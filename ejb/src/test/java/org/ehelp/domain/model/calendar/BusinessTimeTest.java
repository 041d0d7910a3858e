package org.ehelp.domain.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** eHelp's own business-time cases, of the kinds the shared corpus has and a few it lacks. */
class BusinessTimeTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** Office hours with a lunch break, Monday to Friday. */
  private static BusinessCalendar office(ZoneId zone, Holiday... holidays) {
    return weekdays(
        zone, List.of(TimeSlot.parse("09:00-12:00"), TimeSlot.parse("14:00-18:00")), holidays);
  }

  private static BusinessCalendar weekdays(ZoneId zone, List<TimeSlot> slots, Holiday... holidays) {
    Map<DayOfWeek, List<TimeSlot>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
        week.put(day, slots);
      }
    }
    return new BusinessCalendar(zone, week, List.of(holidays));
  }

  private static Instant at(String localDateTime, ZoneId zone) {
    return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
  }

  private static Instant due(BusinessCalendar calendar, String start, long minutes) {
    return new BusinessTime(calendar)
        .dueAfter(at(start, calendar.zone()), Duration.ofMinutes(minutes))
        .orElseThrow();
  }

  @Test
  void dueAfter_skipsTheLunchBreak() {
    assertEquals(at("2026-03-02T15:00", PARIS), due(office(PARIS), "2026-03-02T11:00", 120));
  }

  @Test
  void dueAfter_exhaustedAtClosingTime() {
    assertEquals(at("2026-03-02T18:00", PARIS), due(office(PARIS), "2026-03-02T17:00", 60));
    assertEquals(at("2026-03-02T12:00", PARIS), due(office(PARIS), "2026-03-02T11:00", 60));
  }

  @Test
  void dueAfter_startAtClosingTime() {
    assertEquals(at("2026-03-03T09:30", PARIS), due(office(PARIS), "2026-03-02T18:00", 30));
  }

  @Test
  void dueAfter_zeroAmount() {
    assertEquals(at("2026-03-02T09:00", PARIS), due(office(PARIS), "2026-03-02T09:00", 0));
    assertEquals(at("2026-03-02T14:00", PARIS), due(office(PARIS), "2026-03-02T12:30", 0));
    assertEquals(at("2026-03-09T09:00", PARIS), due(office(PARIS), "2026-03-07T10:00", 0));
  }

  @Test
  void dueAfter_springForwardWeekend() {
    // Summer time starts in Paris on Sunday 29 March 2026: Friday is UTC+1, Monday UTC+2.
    Instant due = due(office(PARIS), "2026-03-27T17:00", 120);

    assertEquals(at("2026-03-30T10:00", PARIS), due);
    assertEquals(Instant.parse("2026-03-30T08:00:00Z"), due);
  }

  @Test
  void dueAfter_springForwardAroundTheClock() {
    BusinessCalendar always = BusinessCalendar.alwaysOpen(PARIS);

    Instant due = due(always, "2026-03-28T23:00", 180);

    assertEquals(Instant.parse("2026-03-29T01:00:00Z"), due);
    assertEquals(at("2026-03-29T03:00", PARIS), due);
  }

  @Test
  void elapsed_fallBackDay() {
    BusinessTime time = new BusinessTime(BusinessCalendar.alwaysOpen(PARIS));

    Duration day = time.elapsed(at("2026-10-25T00:00", PARIS), at("2026-10-26T00:00", PARIS));

    assertEquals(Duration.ofHours(25), day);
  }

  @Test
  void openPeriods_slotAcrossSpringGap() {
    BusinessCalendar nights = weekdays(PARIS, List.of(TimeSlot.parse("01:00-05:00")));
    BusinessCalendar sundays =
        new BusinessCalendar(
            PARIS, Map.of(DayOfWeek.SUNDAY, nights.slots(DayOfWeek.MONDAY)), List.of());

    List<Interval> periods = sundays.openPeriods(LocalDate.parse("2026-03-29"));

    assertEquals(1, periods.size());
    assertEquals(Duration.ofHours(3), periods.get(0).length());
  }

  @Test
  void dueAfter_acrossTheUsSpringForward() {
    // New York moves to summer time on Sunday 8 March 2026, three weeks before Paris.
    BusinessCalendar calendar = weekdays(NEW_YORK, List.of(TimeSlot.parse("09:00-17:00")));

    Instant due = due(calendar, "2026-03-06T16:00", 120);

    assertEquals(Instant.parse("2026-03-09T14:00:00Z"), due);
  }

  @Test
  void dueAfter_nightShiftAcrossMidnight() {
    BusinessCalendar nights =
        weekdays(PARIS, List.of(TimeSlot.parse("00:00-06:00"), TimeSlot.parse("22:00-24:00")));

    assertEquals(at("2026-03-03T01:00", PARIS), due(nights, "2026-03-02T23:00", 120));
    assertEquals(at("2026-03-03T00:00", PARIS), due(nights, "2026-03-02T23:00", 60));
  }

  @Test
  void dueAfter_skipsYearlyHoliday() {
    Holiday christmas =
        new Holiday(
            "Christmas", LocalDate.parse("2020-12-25"), LocalDate.parse("2020-12-25"), true);

    Instant due = due(office(PARIS, christmas), "2026-12-24T17:00", 120);

    assertEquals(at("2026-12-28T10:00", PARIS), due);
  }

  @Test
  void holiday_yearlyRangeAcrossNewYear() {
    Holiday closing =
        new Holiday("Year-end", LocalDate.parse("2020-12-24"), LocalDate.parse("2021-01-02"), true);

    assertTrue(closing.covers(LocalDate.parse("2026-12-31")));
    assertTrue(closing.covers(LocalDate.parse("2027-01-01")));
    assertTrue(closing.covers(LocalDate.parse("2027-01-02")));
    assertFalse(closing.covers(LocalDate.parse("2027-01-03")));
    assertFalse(closing.covers(LocalDate.parse("2026-12-23")));
    assertFalse(closing.covers(LocalDate.parse("2019-12-25")), "not before it was first defined");
  }

  @Test
  void dueAfter_startOnAHoliday() {
    Holiday mayDay = Holiday.on("Fête du Travail", LocalDate.parse("2026-05-01"));

    assertEquals(at("2026-05-04T10:00", PARIS), due(office(PARIS, mayDay), "2026-05-01T10:00", 60));
  }

  @Test
  void dueAfter_pausesDoNotCount() {
    BusinessTime time = new BusinessTime(office(PARIS));
    List<Interval> pauses =
        List.of(new Interval(at("2026-03-02T10:00", PARIS), at("2026-03-03T10:00", PARIS)));

    Optional<Instant> due =
        time.dueAfter(at("2026-03-02T09:00", PARIS), Duration.ofMinutes(120), pauses);

    assertEquals(Optional.of(at("2026-03-03T11:00", PARIS)), due);
  }

  @Test
  void dueAfter_overlappingPausesCountOnce() {
    BusinessTime time = new BusinessTime(BusinessCalendar.alwaysOpen(PARIS));
    Instant start = Instant.parse("2026-03-02T08:00:00Z");
    List<Interval> pauses =
        List.of(
            new Interval(start.plusSeconds(3600), start.plusSeconds(3 * 3600)),
            new Interval(start.plusSeconds(2 * 3600), start.plusSeconds(4 * 3600)));

    assertEquals(
        Optional.of(start.plusSeconds(5 * 3600)),
        time.dueAfter(start, Duration.ofHours(2), pauses));
  }

  @Test
  void dueAfter_openPauseHasNoDeadline() {
    BusinessTime time = new BusinessTime(office(PARIS));
    List<Interval> pauses = List.of(Interval.from(at("2026-03-02T10:00", PARIS)));

    Optional<Instant> due =
        time.dueAfter(at("2026-03-02T09:00", PARIS), Duration.ofMinutes(120), pauses);

    assertEquals(Optional.empty(), due);
  }

  @Test
  void dueAfter_calendarWithoutHours() {
    BusinessCalendar closed = new BusinessCalendar(PARIS, Map.of(), List.of());

    assertFalse(closed.hasOpeningHours());
    assertEquals(
        Optional.empty(),
        new BusinessTime(closed).dueAfter(Instant.parse("2026-03-02T08:00:00Z"), Duration.ZERO));
  }

  @Test
  void elapsed_endBeforeStart() {
    BusinessTime time = new BusinessTime(office(PARIS));

    assertEquals(
        Duration.ZERO, time.elapsed(at("2026-03-03T10:00", PARIS), at("2026-03-02T10:00", PARIS)));
  }

  @Test
  void elapsed_keepsSeconds() {
    BusinessTime time = new BusinessTime(office(PARIS));

    Duration elapsed =
        time.elapsed(at("2026-03-02T11:59:30", PARIS), at("2026-03-02T14:00:45", PARIS));

    assertEquals(Duration.ofSeconds(75), elapsed);
  }

  @Test
  void counted_listsPeriods() {
    BusinessTime time = new BusinessTime(office(PARIS));

    List<Interval> counted =
        time.counted(at("2026-03-06T11:00", PARIS), at("2026-03-09T10:00", PARIS), List.of());

    assertEquals(
        List.of(
            new Interval(at("2026-03-06T11:00", PARIS), at("2026-03-06T12:00", PARIS)),
            new Interval(at("2026-03-06T14:00", PARIS), at("2026-03-06T18:00", PARIS)),
            new Interval(at("2026-03-09T09:00", PARIS), at("2026-03-09T10:00", PARIS))),
        counted);
  }

  @Test
  void dueBefore_invertsDueAfter() {
    BusinessTime time = new BusinessTime(office(PARIS));
    Instant start = at("2026-03-06T11:00", PARIS);
    Instant due = time.dueAfter(start, Duration.ofMinutes(400)).orElseThrow();

    assertEquals(Optional.of(start), time.dueBefore(due, Duration.ofMinutes(400)));
  }

  @Test
  void addWorkingDays_skipsHolidays() {
    Holiday ascension = Holiday.on("Ascension", LocalDate.parse("2026-05-14"));
    BusinessTime time = new BusinessTime(office(PARIS, ascension));

    Instant reached = time.addWorkingDays(at("2026-05-13T10:30", PARIS), 2, false);

    assertEquals(at("2026-05-18T10:30", PARIS), reached);
  }

  @Test
  void addWorkingDays_fromTheLunchBreak() {
    BusinessTime time = new BusinessTime(office(PARIS));

    assertEquals(
        at("2026-03-03T14:00", PARIS),
        time.addWorkingDays(at("2026-03-02T12:30", PARIS), 1, false));
  }

  @Test
  void isBusinessTime_slotsAreHalfOpen() {
    BusinessCalendar calendar = office(PARIS);

    assertTrue(calendar.isBusinessTime(at("2026-03-02T09:00", PARIS)));
    assertFalse(calendar.isBusinessTime(at("2026-03-02T12:00", PARIS)));
    assertFalse(calendar.isBusinessTime(at("2026-03-02T18:00", PARIS)));
  }

  @Test
  void timeSlot_rejectsInvalidText() {
    assertThrows(IllegalArgumentException.class, () -> TimeSlot.parse("18:00-09:00"));
    assertThrows(IllegalArgumentException.class, () -> TimeSlot.parse("9h-12h"));
    assertThrows(IllegalArgumentException.class, () -> TimeSlot.parse("09:00"));
    assertEquals("08:00-24:00", TimeSlot.parse("08:00 - 24:00").toString());
  }

  @Test
  void calendar_rejectsOverlappingSlots() {
    List<TimeSlot> overlapping =
        List.of(TimeSlot.parse("09:00-13:00"), TimeSlot.parse("12:00-18:00"));

    assertThrows(IllegalArgumentException.class, () -> weekdays(PARIS, overlapping));
  }

  @Test
  void afterWorkingDays_skipsTheWeekendAndHolidays() {
    BusinessCalendar calendar =
        office(PARIS, Holiday.on("Easter Monday", LocalDate.parse("2026-04-06")));

    // Friday afternoon: Monday is a holiday, so Tuesday and Wednesday are the two days.
    assertEquals(
        Optional.of(at("2026-04-09T00:00", PARIS)),
        calendar.afterWorkingDays(at("2026-04-03T16:00", PARIS), 2));
    // Sent on a Sunday: the day itself never counts, Monday is the first.
    assertEquals(
        Optional.of(at("2026-03-03T00:00", PARIS)),
        calendar.afterWorkingDays(at("2026-03-01T10:00", PARIS), 1));
  }

  @Test
  void afterWorkingDays_withoutWorkingDaysIsEmpty() {
    BusinessCalendar closed = new BusinessCalendar(PARIS, Map.of(), List.of());

    assertEquals(Optional.empty(), closed.afterWorkingDays(at("2026-03-02T10:00", PARIS), 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> office(PARIS).afterWorkingDays(at("2026-03-02T10:00", PARIS), 0));
  }
}

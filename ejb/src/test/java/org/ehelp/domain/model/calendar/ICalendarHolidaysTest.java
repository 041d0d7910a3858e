package org.ehelp.domain.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarHolidaysTest {

  private static String calendar(String... lines) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        + String.join("\r\n", lines)
        + "\r\nEND:VCALENDAR\r\n";
  }

  private static boolean closed(ICalendarHolidays.Result result, String date) {
    return result.holidays().stream().anyMatch(h -> h.covers(LocalDate.parse(date)));
  }

  @Test
  void read_dateEventEndIsExcluded() {
    ICalendarHolidays.Result result =
        ICalendarHolidays.read(
            calendar(
                "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20261224",
                "DTEND;VALUE=DATE:20261227",
                "SUMMARY:Fermeture de fin d'ann\\, ée",
                "END:VEVENT"));

    assertEquals(
        List.of(
            new Holiday(
                "Fermeture de fin d'ann, ée",
                LocalDate.parse("2026-12-24"),
                LocalDate.parse("2026-12-26"),
                false)),
        result.holidays());
    assertTrue(result.skipped().isEmpty());
  }

  @Test
  void read_yearlyRuleWithoutEndRepeatsForever() {
    ICalendarHolidays.Result result =
        ICalendarHolidays.read(
            calendar(
                "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20200714",
                "RRULE:FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=14",
                "SUMMARY:Fête nationale",
                "END:VEVENT"));

    assertTrue(closed(result, "2031-07-14"));
    assertFalse(closed(result, "2031-07-15"));
  }

  @Test
  void read_yearlyRuleWithCountGivesDatedHolidays() {
    ICalendarHolidays.Result result =
        ICalendarHolidays.read(
            calendar(
                "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20260501",
                "DURATION:P1D",
                "RRULE:FREQ=YEARLY;COUNT=2",
                "SUMMARY:May Day",
                "END:VEVENT"));

    assertEquals(2, result.holidays().size());
    assertTrue(closed(result, "2027-05-01"));
    assertFalse(closed(result, "2028-05-01"));
  }

  @Test
  void read_unfoldsLinesAndReadsDateTimes() {
    ICalendarHolidays.Result result =
        ICalendarHolidays.read(
            calendar(
                "BEGIN:VEVENT",
                "DTSTART;TZID=Europe/Paris:20261111T000000",
                "DTEND;TZID=Europe/Paris:20261112T000000",
                "SUMMARY:Armistice",
                " 1918",
                "END:VEVENT"));

    assertEquals("Armistice1918", result.holidays().get(0).name());
    assertTrue(closed(result, "2026-11-11"));
    assertFalse(closed(result, "2026-11-12"));
  }

  @Test
  void read_listsWhatItCannotImport() {
    ICalendarHolidays.Result result =
        ICalendarHolidays.read(
            calendar(
                "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20261126",
                "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH",
                "SUMMARY:Thanksgiving",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "SUMMARY:No date",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20260101",
                "STATUS:CANCELLED",
                "SUMMARY:Cancelled",
                "END:VEVENT"));

    assertTrue(result.holidays().isEmpty());
    assertEquals(3, result.skipped().size());
    assertTrue(result.skipped().get(0).startsWith("Thanksgiving: RRULE part BYDAY"));
    assertTrue(result.skipped().get(1).startsWith("No date: DTSTART is missing"));
  }

  @Test
  void read_ignoresAlarmsInsideEvents() {
    ICalendarHolidays.Result result =
        ICalendarHolidays.read(
            calendar(
                "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20260815",
                "SUMMARY:Assomption",
                "BEGIN:VALARM",
                "SUMMARY:Reminder",
                "END:VALARM",
                "END:VEVENT"));

    assertEquals("Assomption", result.holidays().get(0).name());
  }

  @Test
  void read_rejectsTextThatIsNoCalendar() {
    assertThrows(IllegalArgumentException.class, () -> ICalendarHolidays.read("hello"));
  }

  @Test
  void demoFile_hasTheFrenchPublicHolidays() throws IOException {
    String text;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("demo/sla/fr-holidays.ics")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    ICalendarHolidays.Result result = ICalendarHolidays.read(text);

    assertTrue(result.skipped().isEmpty(), () -> result.skipped().toString());
    for (String date :
        List.of(
            "2026-01-01",
            "2026-04-06",
            "2026-05-14",
            "2026-05-25",
            "2026-07-14",
            "2027-03-29",
            "2027-05-06",
            "2027-05-17",
            "2027-12-25")) {
      assertTrue(closed(result, date), date);
    }
    assertFalse(closed(result, "2026-04-05"), "Easter Sunday is a Sunday, not in the file");
  }
}

package org.ehelp.domain.model.calendar;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads holidays from an iCalendar file (RFC 5545), as public-holiday calendars publish them: each
 * VEVENT with its DTSTART, its DTEND or DURATION, its SUMMARY as the name and, optionally, a yearly
 * RRULE.
 *
 * <p>An event closes the calendar on every date it touches: DTEND of a date is excluded, as the RFC
 * says, and an event of date-times closes the dates of its start and of the instant before its end.
 * A yearly rule without an end, on the start's month and day, gives a yearly holiday; with COUNT or
 * UNTIL it gives one dated holiday per year. Anything else (another frequency, BYDAY, EXDATE,
 * RDATE, a cancelled event) is not imported and is listed in {@link Result#skipped} with the
 * reason.
 */
public final class ICalendarHolidays {

  private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  /** At most this many years come from one COUNT or UNTIL rule. */
  private static final int MAX_OCCURRENCES = 100;

  private ICalendarHolidays() {}

  /**
   * The holidays read, and the events left out with the reason for each.
   *
   * @param skipped one line per event left out: its summary, then why
   */
  public record Result(List<Holiday> holidays, List<String> skipped) {}

  /**
   * Reads the holidays of an iCalendar text.
   *
   * @throws IllegalArgumentException when the text is not an iCalendar object
   */
  public static Result read(String text) {
    List<String> lines = unfold(text);
    if (lines.stream().noneMatch(l -> l.equalsIgnoreCase("BEGIN:VCALENDAR"))) {
      throw new IllegalArgumentException("Not an iCalendar file: BEGIN:VCALENDAR is missing");
    }
    List<Holiday> holidays = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Map<String, Property> event = null;
    int depth = 0;
    for (String line : lines) {
      Property property = Property.parse(line);
      if (property == null) {
        continue;
      }
      if (property.name.equals("BEGIN")) {
        if (property.value.equalsIgnoreCase("VEVENT") && event == null) {
          event = new HashMap<>();
          depth = 0;
        } else if (event != null) {
          depth++;
        }
      } else if (property.name.equals("END")) {
        if (event != null && depth == 0 && property.value.equalsIgnoreCase("VEVENT")) {
          convert(event, holidays, skipped);
          event = null;
        } else if (event != null) {
          depth--;
        }
      } else if (event != null && depth == 0) {
        event.putIfAbsent(property.name, property);
      }
    }
    return new Result(List.copyOf(holidays), List.copyOf(skipped));
  }

  private static void convert(
      Map<String, Property> event, List<Holiday> holidays, List<String> skipped) {
    String name = event.containsKey("SUMMARY") ? unescape(event.get("SUMMARY").value) : "";
    String label = name.isEmpty() ? "(no summary)" : name;
    try {
      if (event.containsKey("STATUS") && event.get("STATUS").value.equalsIgnoreCase("CANCELLED")) {
        skipped.add(label + ": the event is cancelled");
        return;
      }
      for (String unsupported : List.of("EXDATE", "RDATE")) {
        if (event.containsKey(unsupported)) {
          skipped.add(label + ": " + unsupported + " is not supported");
          return;
        }
      }
      Property start = event.get("DTSTART");
      if (start == null) {
        skipped.add(label + ": DTSTART is missing");
        return;
      }
      LocalDate first = date(start);
      LocalDate last = lastDay(event, start, first);
      Property rule = event.get("RRULE");
      if (rule == null) {
        holidays.add(new Holiday(name, first, last, false));
        return;
      }
      String problem = yearly(rule.value, name, first, last, holidays);
      if (problem != null) {
        skipped.add(label + ": " + problem);
      }
    } catch (DateTimeException | IllegalArgumentException e) {
      skipped.add(label + ": " + e.getMessage());
    }
  }

  private static LocalDate lastDay(Map<String, Property> event, Property start, LocalDate first) {
    Property end = event.get("DTEND");
    if (end != null) {
      LocalDate endDate = date(end);
      // DTEND excludes its own date when it is a date or a date-time at midnight.
      boolean exclusive = isDate(end) || end.value.contains("T000000");
      LocalDate last = exclusive ? endDate.minusDays(1) : endDate;
      return last.isBefore(first) ? first : last;
    }
    Property duration = event.get("DURATION");
    if (duration != null) {
      long days = days(duration.value);
      return days <= 1 ? first : first.plusDays(days - 1);
    }
    return first;
  }

  /** Adds the holidays of a yearly rule, or returns why the rule is not supported. */
  private static String yearly(
      String rule, String name, LocalDate first, LocalDate last, List<Holiday> holidays) {
    Map<String, String> parts = new HashMap<>();
    for (String part : rule.split(";")) {
      String[] pair = part.split("=", 2);
      if (pair.length == 2) {
        parts.put(pair[0].strip().toUpperCase(Locale.ROOT), pair[1].strip());
      }
    }
    if (!"YEARLY".equalsIgnoreCase(parts.get("FREQ"))) {
      return "RRULE " + rule + " is not yearly";
    }
    if (parts.containsKey("INTERVAL") && !parts.get("INTERVAL").equals("1")) {
      return "RRULE " + rule + " does not repeat every year";
    }
    if (parts.containsKey("BYMONTH")
        && !parts.get("BYMONTH").equals(String.valueOf(first.getMonthValue()))) {
      return "RRULE " + rule + " is not on the month of DTSTART";
    }
    if (parts.containsKey("BYMONTHDAY")
        && !parts.get("BYMONTHDAY").equals(String.valueOf(first.getDayOfMonth()))) {
      return "RRULE " + rule + " is not on the day of DTSTART";
    }
    for (String key : parts.keySet()) {
      if (!List.of("FREQ", "INTERVAL", "BYMONTH", "BYMONTHDAY", "COUNT", "UNTIL", "WKST")
          .contains(key)) {
        return "RRULE part " + key + " is not supported";
      }
    }
    if (!parts.containsKey("COUNT") && !parts.containsKey("UNTIL")) {
      holidays.add(new Holiday(name, first, last, true));
      return null;
    }
    int count =
        parts.containsKey("COUNT")
            ? Math.min(Integer.parseInt(parts.get("COUNT")), MAX_OCCURRENCES)
            : MAX_OCCURRENCES;
    LocalDate until =
        parts.containsKey("UNTIL")
            ? LocalDate.parse(parts.get("UNTIL").substring(0, 8), BASIC_DATE)
            : LocalDate.MAX;
    Period length = Period.between(first, last);
    for (int year = 0; year < count; year++) {
      LocalDate start = first.plusYears(year);
      if (start.isAfter(until)) {
        break;
      }
      holidays.add(new Holiday(name, start, start.plus(length), false));
    }
    return null;
  }

  private static boolean isDate(Property property) {
    return "DATE".equalsIgnoreCase(property.parameters.get("VALUE"))
        || property.value.length() == 8;
  }

  private static LocalDate date(Property property) {
    String value = property.value.strip();
    if (value.length() < 8) {
      throw new IllegalArgumentException(property.name + " " + value + " is not a date");
    }
    return LocalDate.parse(value.substring(0, 8), BASIC_DATE);
  }

  /** Returns the whole days of a DURATION such as P1D, P2W or PT24H, rounded up. */
  private static long days(String value) {
    String text = value.strip().toUpperCase(Locale.ROOT);
    if (text.matches("P\\d+W")) {
      return 7L * Long.parseLong(text.substring(1, text.length() - 1));
    }
    Duration duration =
        Duration.parse(text.contains("T") || text.endsWith("D") ? text : text + "T0S");
    long seconds = duration.getSeconds();
    return (seconds + 86_399) / 86_400;
  }

  private static String unescape(String value) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        char next = value.charAt(++i);
        out.append(next == 'n' || next == 'N' ? ' ' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString().strip();
  }

  /** Joins folded lines: a line break followed by a space or a tab continues the line. */
  private static List<String> unfold(String text) {
    List<String> lines = new ArrayList<>();
    for (String raw : text.split("\r\n|\n|\r")) {
      if ((raw.startsWith(" ") || raw.startsWith("\t")) && !lines.isEmpty()) {
        int lastIndex = lines.size() - 1;
        lines.set(lastIndex, lines.get(lastIndex) + raw.substring(1));
      } else if (!raw.isBlank()) {
        lines.add(raw);
      }
    }
    return lines;
  }

  /** One content line: a name, its parameters and its value. */
  private record Property(String name, Map<String, String> parameters, String value) {

    /** Parses {@code NAME;PARAM=VALUE:value}; returns null for a line without a colon. */
    static Property parse(String line) {
      int colon = -1;
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '"') {
          quoted = !quoted;
        } else if (c == ':' && !quoted) {
          colon = i;
          break;
        }
      }
      if (colon < 0) {
        return null;
      }
      String[] head = line.substring(0, colon).split(";");
      Map<String, String> parameters = new HashMap<>();
      for (int i = 1; i < head.length; i++) {
        String[] pair = head[i].split("=", 2);
        if (pair.length == 2) {
          parameters.put(pair[0].toUpperCase(Locale.ROOT), pair[1].replace("\"", ""));
        }
      }
      return new Property(
          head[0].strip().toUpperCase(Locale.ROOT), parameters, line.substring(colon + 1));
    }
  }
}

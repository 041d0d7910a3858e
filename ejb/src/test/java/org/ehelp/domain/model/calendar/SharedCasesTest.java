package org.ehelp.domain.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every business-time case of the shared corpus ({@code shared/corpus/sla-cases/cases.json},
 * re-expressed from the tests of Zammad, GLPI and zendesk/biz). The file is derived from AGPL and
 * GPL tests, so it is not copied into this repository: it is read from a {@code shared/corpus}
 * folder beside the repository or beside one of its parent folders, or from the folder named by the
 * system property {@code ehelp.corpus}, and the tests are skipped when it is absent.
 *
 * <p>How the file's conventions map onto {@link BusinessTime}: times without an offset are local
 * times of the calendar; calendars whose zone is "local" are read in UTC; holiday entries marked
 * {@code active: false} are working days; a case with an {@code equivalent_boundary_due} exhausts
 * the business time exactly at closing time, where eHelp returns the closing instant.
 */
class SharedCasesTest {

  private static final Optional<Path> CASES = findCases();

  @Test
  void corpus_hasAllSeventyOneCases() throws IOException {
    assumeCorpus();

    assertEquals(71, read().getJsonArray("cases").size());
  }

  @TestFactory
  Stream<DynamicTest> sharedCases() throws IOException {
    assumeCorpus();
    JsonObject corpus = read();
    JsonObject calendars = corpus.getJsonObject("calendars");
    return corpus.getJsonArray("cases").stream()
        .map(JsonValue::asJsonObject)
        .map(c -> DynamicTest.dynamicTest(c.getString("id"), () -> run(c, calendars)));
  }

  private static void run(JsonObject c, JsonObject calendars) {
    String kind = c.getString("kind");
    BusinessCalendar calendar = calendar(calendars, c.getString("calendar"), holidays(c));
    BusinessTime time = new BusinessTime(calendar);
    switch (kind) {
      case "due" -> due(c, time);
      case "due_backwards" -> {
        Instant start = instant(c.getString("start"), calendar);
        Instant expected = instant(c.getString("expected"), calendar);
        assertEquals(Optional.of(expected), time.dueBefore(start, amount(c)));
      }
      case "elapsed_minutes" -> {
        Instant start = instant(c.getString("start"), calendar);
        Instant end = instant(c.getString("end"), calendar);
        Duration elapsed = time.elapsed(start, end, pauses(c, calendar));
        assertEquals(c.getInt("expected_minutes"), elapsed.toMinutes());
      }
      case "add_working_days" -> addWorkingDays(c, calendars, time);
      case "is_working_time" ->
          assertEquals(
              c.getBoolean("expected"),
              calendar.isBusinessTime(instant(c.getString("at"), calendar)));
      case "is_holiday" ->
          assertEquals(
              c.getBoolean("expected"), calendar.isHoliday(LocalDate.parse(c.getString("date"))));
      default -> throw new AssertionError("Unknown kind of case: " + kind);
    }
  }

  private static void due(JsonObject c, BusinessTime time) {
    BusinessCalendar calendar = time.calendar();
    Instant start = instant(c.getString("start"), calendar);
    List<Interval> pauses = pauses(c, calendar);
    Instant due = time.dueAfter(start, amount(c), pauses).orElseThrow();

    if (c.containsKey("equivalent_boundary_due")) {
      Instant boundary = instant(c.getString("equivalent_boundary_due"), calendar);
      Instant nextOpening = instant(c.getString("expected_due"), calendar);
      assertEquals(boundary, due, "the closing instant, by eHelp's convention");
      assertEquals(Duration.ZERO, time.elapsed(due, nextOpening, pauses), "same business instant");
    } else {
      assertEquals(instant(c.getString("expected_due"), calendar), due);
    }
  }

  private static void addWorkingDays(JsonObject c, JsonObject calendars, BusinessTime time) {
    int days = c.getInt("days");
    boolean endOfDay = c.getBoolean("end_of_day", false);
    Instant start = instant(c.getString("start"), time.calendar());
    assertEquals(
        instant(c.getString("expected"), time.calendar()),
        time.addWorkingDays(start, days, endOfDay));

    JsonObject others = c.getJsonObject("also_for_calendar");
    if (others != null) {
      for (String name : others.keySet()) {
        BusinessCalendar other = calendar(calendars, name, List.of());
        assertEquals(
            instant(others.getString(name), other),
            new BusinessTime(other)
                .addWorkingDays(instant(c.getString("start"), other), days, endOfDay),
            name);
      }
    }
  }

  private static BusinessCalendar calendar(
      JsonObject calendars, String name, List<Holiday> holidays) {
    JsonObject definition = calendars.getJsonObject(name);
    assertTrue(definition != null, "calendar " + name + " is defined");
    String zone = definition.getString("timezone");
    Map<DayOfWeek, List<TimeSlot>> week = new EnumMap<>(DayOfWeek.class);
    JsonObject hours = definition.getJsonObject("business_hours");
    for (DayOfWeek day : DayOfWeek.values()) {
      String key = day.name().substring(0, 3).toLowerCase(Locale.ROOT);
      JsonArray slots = hours.getJsonArray(key);
      if (slots != null) {
        List<TimeSlot> parsed = new ArrayList<>();
        for (JsonValue slot : slots) {
          JsonArray pair = slot.asJsonArray();
          parsed.add(TimeSlot.parse(pair.getString(0) + "-" + pair.getString(1)));
        }
        week.put(day, parsed);
      }
    }
    ZoneId zoneId = zone.startsWith("local") ? ZoneOffset.UTC : ZoneId.of(zone);
    return new BusinessCalendar(zoneId, week, holidays);
  }

  private static List<Holiday> holidays(JsonObject c) {
    List<Holiday> holidays = new ArrayList<>();
    JsonArray entries = c.getJsonArray("holidays");
    if (entries == null) {
      return holidays;
    }
    for (JsonValue value : entries) {
      JsonObject entry = value.asJsonObject();
      if (entry.containsKey("date")) {
        // Zammad: only active entries close the calendar; an entry without the flag counts.
        boolean inactive =
            entry.get("active") != null && entry.get("active").equals(JsonValue.FALSE);
        if (!inactive) {
          holidays.add(Holiday.on("", LocalDate.parse(entry.getString("date"))));
        }
      } else {
        holidays.add(
            new Holiday(
                entry.getString("name"),
                LocalDate.parse(entry.getString("begin")),
                LocalDate.parse(entry.getString("end")),
                entry.getBoolean("perpetual")));
      }
    }
    return holidays;
  }

  private static List<Interval> pauses(JsonObject c, BusinessCalendar calendar) {
    List<Interval> pauses = new ArrayList<>();
    JsonArray entries = c.getJsonArray("pauses");
    if (entries != null) {
      for (JsonValue value : entries) {
        JsonArray pair = value.asJsonArray();
        pauses.add(
            new Interval(
                instant(pair.getString(0), calendar), instant(pair.getString(1), calendar)));
      }
    }
    return pauses;
  }

  private static Duration amount(JsonObject c) {
    return c.containsKey("seconds")
        ? Duration.ofSeconds(c.getInt("seconds"))
        : Duration.ofMinutes(c.getInt("minutes"));
  }

  private static Instant instant(String text, BusinessCalendar calendar) {
    return text.endsWith("Z")
        ? Instant.parse(text)
        : LocalDateTime.parse(text).atZone(calendar.zone()).toInstant();
  }

  private static void assumeCorpus() {
    assumeTrue(
        CASES.isPresent(),
        "shared/corpus/sla-cases/cases.json not found beside the repository or its parents, nor"
            + " in -Dehelp.corpus; the shared business-time cases are skipped");
  }

  private static JsonObject read() throws IOException {
    try (Reader reader = Files.newBufferedReader(CASES.orElseThrow(), StandardCharsets.UTF_8);
        JsonReader json = Json.createReader(reader)) {
      return json.readObject();
    }
  }

  private static Optional<Path> findCases() {
    String configured = System.getProperty("ehelp.corpus");
    if (configured != null && !configured.isBlank()) {
      Path file = Path.of(configured, "sla-cases", "cases.json");
      return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path file = dir.resolve(Path.of("shared", "corpus", "sla-cases", "cases.json"));
      if (Files.isRegularFile(file)) {
        return Optional.of(file);
      }
    }
    return Optional.empty();
  }
}

package org.ehelp.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.calendar.Holiday;
import org.ehelp.domain.model.calendar.ICalendarHolidays;
import org.ehelp.domain.model.calendar.TimeSlot;
import org.ehelp.domain.model.category.Category;
import org.ehelp.domain.model.category.CategoryRepository;
import org.ehelp.domain.model.person.PersonRepository;
import org.ehelp.domain.model.request.Priority;
import org.ehelp.domain.model.sla.SlaCalendar;
import org.ehelp.domain.model.sla.SlaPolicy;
import org.ehelp.domain.model.sla.SlaRepository;

/**
 * Loads the demo SLA configuration once per database, after the demo accounts and tickets: the
 * calendars of {@code demo/sla/calendars.csv} with the French public holidays of the current and
 * the next year, the policies of {@code policies.csv} and the breach contacts of {@code
 * category-responsibles.csv}. The open requests already there get their deadlines from the next
 * check pass, within a minute, so the demo backlog shows requests on track, near and past their
 * SLA.
 */
@Startup
@Singleton
@DependsOn("DemoData")
public class SlaDemoData {

  private static final Logger LOG = Logger.getLogger(SlaDemoData.class.getName());
  private static final String FLAG = "demo.sla.loaded";

  /**
   * {@code ehelp.demo.data}: the SLA configuration loads with {@code accounts} and {@code full}.
   */
  @Inject
  @ConfigProperty(name = "ehelp.demo.data", defaultValue = "none")
  String level;

  @PersistenceContext private EntityManager em;

  @Inject private SlaRepository repository;

  @Inject private CategoryRepository categories;

  @Inject private PersonRepository people;

  @PostConstruct
  void load() {
    String wanted = level.strip().toLowerCase(Locale.ROOT);
    if (!Set.of("accounts", "full").contains(wanted) || !claim()) {
      return;
    }
    int year = Year.now(ZoneId.of("Europe/Paris")).getValue();
    for (CSVRecord row : csv("demo/sla/calendars.csv")) {
      repository.add(calendar(row, year));
    }
    em.flush();
    for (CSVRecord row : csv("demo/sla/policies.csv")) {
      repository.add(policy(row));
    }
    for (CSVRecord row : csv("demo/sla/category-responsibles.csv")) {
      categories
          .findByCode(row.get("category"))
          .ifPresent(c -> c.assignResponsible(people.findByLogin(row.get("login")).orElse(null)));
    }
    em.flush();
    int stale = repository.markAllOpenStale();
    LOG.info(() -> "Demo SLA configuration loaded; " + stale + " open requests to recompute");
  }

  private SlaCalendar calendar(CSVRecord row, int year) {
    SlaCalendar calendar = new SlaCalendar(row.get("name"), ZoneId.of(row.get("time_zone")));
    Map<DayOfWeek, List<TimeSlot>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      String cell = row.get(day.name().toLowerCase(Locale.ROOT));
      List<TimeSlot> slots = new ArrayList<>();
      for (String slot : cell.strip().split("\\s+")) {
        if (!slot.isBlank()) {
          slots.add(TimeSlot.parse(slot));
        }
      }
      if (!slots.isEmpty()) {
        week.put(day, slots);
      }
    }
    calendar.replaceHours(week);
    calendar.markDefault(Boolean.parseBoolean(row.get("default")));
    String file = row.get("holidays");
    if (!file.isBlank()) {
      String text = new String(bytes("demo/sla/" + file), StandardCharsets.UTF_8);
      List<Holiday> holidays =
          ICalendarHolidays.read(text).holidays().stream()
              .filter(
                  h -> h.yearly() || h.first().getYear() == year || h.first().getYear() == year + 1)
              .toList();
      calendar.replaceHolidays(holidays);
    }
    return calendar;
  }

  private SlaPolicy policy(CSVRecord row) {
    SlaPolicy policy = new SlaPolicy(row.get("name"));
    Category category =
        row.get("category").isBlank()
            ? null
            : categories.findByCode(row.get("category")).orElse(null);
    Priority priority =
        row.get("priority").isBlank() ? null : Priority.valueOf(row.get("priority"));
    policy.applyTo(
        category,
        priority,
        row.get("requester_group").isBlank()
            ? null
            : people.findGroupByName(row.get("requester_group")).orElse(null));
    policy.setTargets(
        repository.findCalendarByName(row.get("calendar")).orElse(null),
        Integer.parseInt(row.get("response_minutes")),
        Integer.parseInt(row.get("resolution_minutes")),
        Integer.parseInt(row.get("warning_percent")));
    return policy;
  }

  private boolean claim() {
    boolean taken =
        !em.createNativeQuery("SELECT setting_key FROM app_setting WHERE setting_key = ?")
            .setParameter(1, FLAG)
            .getResultList()
            .isEmpty();
    if (taken) {
      return false;
    }
    em.createNativeQuery("INSERT INTO app_setting (setting_key, setting_value) VALUES (?, ?)")
        .setParameter(1, FLAG)
        .setParameter(2, Times.now().toString())
        .executeUpdate();
    return true;
  }

  private static List<CSVRecord> csv(String resource) {
    try (Reader reader = new InputStreamReader(open(resource), StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setTrim(true)
          .build()
          .parse(reader)
          .getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the demo file " + resource, e);
    }
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = open(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the demo file " + resource, e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = SlaDemoData.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("The demo file " + resource + " is missing from the build");
    }
    return in;
  }
}

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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ehelp.application.majorevent.MajorEventSearchSource;
import org.ehelp.application.search.SearchJournal;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.category.Category;
import org.ehelp.domain.model.category.CategoryRepository;
import org.ehelp.domain.model.majorevent.AttachedRequest;
import org.ehelp.domain.model.majorevent.MajorEvent;
import org.ehelp.domain.model.majorevent.MajorEventKind;
import org.ehelp.domain.model.majorevent.MajorEventRepository;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.PersonRepository;
import org.ehelp.domain.model.request.RequestState;
import org.ehelp.domain.model.request.ServiceRequest;

/**
 * Loads the demo major events of {@code demo/major-events/events.csv} once per database, with the
 * full demo data: one under way and one past, dated relative to the moment they load. No message is
 * written for them.
 */
@Startup
@Singleton
@DependsOn("DemoData")
public class MajorEventDemoData {

  private static final Logger LOG = Logger.getLogger(MajorEventDemoData.class.getName());
  private static final String FLAG = "demo.major-events.loaded";

  /** {@code ehelp.demo.data}: the major events load with {@code full} only. */
  @Inject
  @ConfigProperty(name = "ehelp.demo.data", defaultValue = "none")
  String level;

  @PersistenceContext private EntityManager em;

  @Inject private MajorEventRepository events;

  @Inject private SearchJournal journal;

  @Inject private CategoryRepository categories;

  @Inject private PersonRepository people;

  @PostConstruct
  void load() {
    if (!level.strip().toLowerCase(Locale.ROOT).equals("full") || !claim()) {
      return;
    }
    Person agent = people.findByLogin("agent").orElse(null);
    Instant now = Times.now();
    int loaded = 0;
    for (CSVRecord row : csv("demo/major-events/events.csv")) {
      loadEvent(row, agent, now);
      loaded++;
    }
    em.flush();

    int count = loaded;
    LOG.info(() -> "Demo major events loaded: " + count);
  }

  private void loadEvent(CSVRecord row, Person agent, Instant now) {
    Instant start = now.plus(Duration.parse(row.get("starts_in")));
    Instant end = optional(row.get("ended_in"), now);
    MajorEvent event =
        new MajorEvent(
            MajorEventKind.valueOf(row.get("kind")),
            row.get("title"),
            row.get("description"),
            start,
            optional(row.get("expected_end_in"), now),
            agent,
            start);
    List<Category> affected = new ArrayList<>();
    for (String code : list(row.get("categories"))) {
      categories.findByCode(code).ifPresent(affected::add);
    }
    event.affect(affected, list(row.get("services")));

    List<String> updates = list(row.get("updates"));
    Instant last = end == null ? now : end;
    for (int i = 0; i < updates.size(); i++) {
      Instant at =
          start.plus(
              Duration.between(start, last).multipliedBy(i + 1).dividedBy(updates.size() + 1));
      boolean closing = end != null && i == updates.size() - 1;
      if (closing) {
        event.end(updates.get(i), agent, end);
      } else {
        event.post(updates.get(i), null, agent, at);
      }
    }
    events.add(event);
    em.flush();
    journal.record(MajorEventSearchSource.TYPE, event.getId().toString());

    int attach = Integer.parseInt(row.get("attach"));
    if (attach > 0 && !affected.isEmpty()) {
      for (ServiceRequest request : openRequests(affected.get(0), attach)) {
        events.attach(new AttachedRequest(event, request, agent, now));
      }
    }
  }

  private List<ServiceRequest> openRequests(Category category, int limit) {
    return em.createQuery(
            "SELECT r FROM ServiceRequest r WHERE r.category = :category AND r.state = :state"
                + " ORDER BY r.createdAt DESC",
            ServiceRequest.class)
        .setParameter("category", category)
        .setParameter("state", RequestState.SUBMITTED)
        .setMaxResults(limit)
        .getResultList();
  }

  private static Instant optional(String offset, Instant now) {
    return offset == null || offset.isBlank() ? null : now.plus(Duration.parse(offset));
  }

  private static List<String> list(String cell) {
    return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
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

  private static Iterable<CSVRecord> csv(String resource) {
    InputStream in = MajorEventDemoData.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("The demo file " + resource + " is missing from the build");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
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
}

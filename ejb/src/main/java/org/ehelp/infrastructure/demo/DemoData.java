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
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ehelp.application.imports.ImportReport;
import org.ehelp.application.imports.ImportService;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.category.Category;
import org.ehelp.domain.model.person.EmailAddress;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.PersonRepository;
import org.ehelp.domain.model.person.Role;
import org.ehelp.domain.model.person.SupportGroup;
import org.ehelp.infrastructure.security.Passwords;

/**
 * Loads the demo data once per database, when {@code ehelp.demo.data} asks for it: {@code accounts}
 * loads the demo people and categories, {@code full} also imports the Endava tickets through the
 * CSV import. A row in {@code app_setting} records each load, so a restart or a second instance
 * loads nothing again; the row is written first, so two instances starting together collide on its
 * primary key and only one loads.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  private static final String ACCOUNTS_FLAG = "demo.accounts.loaded";
  private static final String TICKETS_FLAG = "demo.tickets.loaded";

  /** {@code ehelp.demo.data} (none, accounts or full; default none): which demo data to load. */
  @Inject
  @ConfigProperty(name = "ehelp.demo.data", defaultValue = "none")
  String level;

  @PersistenceContext private EntityManager em;

  @Inject private PersonRepository people;

  @Inject private Passwords passwords;

  @Inject private ImportService imports;

  @PostConstruct
  void load() {
    String wanted = level.strip().toLowerCase(Locale.ROOT);
    if (!Set.of("none", "accounts", "full").contains(wanted)) {
      LOG.warning(
          () -> "ehelp.demo.data is " + level + "; use none, accounts or full. Loading nothing.");
      return;
    }
    if (!wanted.equals("none") && claim(ACCOUNTS_FLAG)) {
      loadCategories(loadPeople());
    }
    if (wanted.equals("full") && claim(TICKETS_FLAG)) {
      em.flush();
      Person admin = people.findByLogin("admin").orElseThrow();
      ImportReport report =
          imports.run(
              "all_tickets.csv",
              bytes("demo/endava/all_tickets.csv"),
              new String(bytes("demo/endava-mapping.properties"), StandardCharsets.UTF_8),
              false,
              admin);
      LOG.info(() -> "Demo tickets imported: " + report.created());
    }
  }

  private boolean claim(String flag) {
    boolean taken =
        !em.createNativeQuery("SELECT setting_key FROM app_setting WHERE setting_key = ?")
            .setParameter(1, flag)
            .getResultList()
            .isEmpty();
    if (taken) {
      return false;
    }
    em.createNativeQuery("INSERT INTO app_setting (setting_key, setting_value) VALUES (?, ?)")
        .setParameter(1, flag)
        .setParameter(2, Times.now().toString())
        .executeUpdate();
    return true;
  }

  private int loadPeople() {
    int count = 0;
    for (CSVRecord row : csv("demo/people.csv")) {
      Person person =
          new Person(
              row.get("login"),
              new EmailAddress(row.get("email")),
              row.get("display_name"),
              Times.now());
      person.changeProfile(
          row.get("display_name"),
          row.get("phone"),
          Locale.forLanguageTag(row.get("locale")),
          ZoneId.of(row.get("time_zone")));
      person.changePasswordHash(passwords.hash(row.get("password")));
      Set<Role> roles = EnumSet.noneOf(Role.class);
      for (String role : row.get("roles").split("\\|")) {
        if (!role.isBlank()) {
          roles.add(Role.valueOf(role.strip()));
        }
      }
      person.grant(roles);
      for (String name : row.get("groups").split("\\|")) {
        if (!name.isBlank()) {
          person.joinGroup(group(name.strip()));
        }
      }
      people.add(person);
      count++;
    }
    int loaded = count;
    LOG.info(() -> "Demo accounts loaded: " + loaded);
    return count;
  }

  private void loadCategories(int peopleLoaded) {
    for (CSVRecord row : csv("demo/categories.csv")) {
      String groupName = row.get("support_group");
      SupportGroup group = groupName.isBlank() ? null : group(groupName.strip());
      em.persist(new Category(row.get("code"), row.get("name"), group));
    }
    LOG.fine(() -> "Demo categories loaded after " + peopleLoaded + " accounts");
  }

  private SupportGroup group(String name) {
    return people
        .findGroupByName(name)
        .orElseGet(
            () -> {
              SupportGroup group = new SupportGroup(name);
              people.add(group);
              em.flush();
              return group;
            });
  }

  private static Iterable<CSVRecord> csv(String resource) {
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
    InputStream in = DemoData.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("The demo file " + resource + " is missing from the build");
    }
    return in;
  }
}

package org.ehelp.application.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.model.category.Category;
import org.ehelp.domain.model.person.EmailAddress;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.Role;
import org.ehelp.domain.model.request.Priority;
import org.ehelp.domain.model.request.RequestState;
import org.junit.jupiter.api.Test;

class CsvImporterTest {

  private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

  private final Map<String, Person> people =
      Map.of(
          "rita", person("rita", Role.REQUESTER),
          "ralph", person("ralph", Role.REQUESTER),
          "rosa", person("rosa", Role.REQUESTER),
          "ruben", person("ruben", Role.REQUESTER),
          "regina", person("regina", Role.REQUESTER),
          "tom", person("tom", Role.TECHNICIAN),
          "tina", person("tina", Role.TECHNICIAN));

  private final Function<String, Optional<Category>> categories =
      code -> Optional.of(new Category(code, code, null));

  @Test
  void demoMapping_acceptsEveryEndavaTicket() throws IOException {
    CsvImporter importer = importer(resource("demo/endava-mapping.properties"));

    CsvImporter.Parsed parsed = importer.parse(bytes("demo/endava/all_tickets.csv"));

    assertEquals(5431, parsed.total());
    assertEquals(0, parsed.errors().size(), () -> parsed.errors().subList(0, 3).toString());
    assertEquals(5431, parsed.rows().size());
  }

  @Test
  void demoMapping_spreadsTicketsOverRequestersAndStates() throws IOException {
    CsvImporter.Parsed parsed =
        importer(resource("demo/endava-mapping.properties"))
            .parse(bytes("demo/endava/all_tickets.csv"));

    Set<String> requesters =
        parsed.rows().stream().map(r -> r.requester().getLogin()).collect(Collectors.toSet());
    Set<RequestState> states =
        parsed.rows().stream().map(CsvImporter.Row::state).collect(Collectors.toSet());
    Set<Priority> priorities =
        parsed.rows().stream().map(CsvImporter.Row::priority).collect(Collectors.toSet());

    assertEquals(Set.of("rita", "ralph", "rosa", "ruben", "regina"), requesters);
    assertTrue(
        states.containsAll(
            EnumSet.of(RequestState.CLOSED, RequestState.SUBMITTED, RequestState.IN_PROGRESS)),
        states::toString);
    assertTrue(priorities.size() >= 3, priorities::toString);
  }

  @Test
  void emptyTitle_takesTheFirstWordsOfTheDescription() throws IOException {
    byte[] csv =
        "title,body,category,urgency,impact\n,printer on floor two jams every morning,8,3,4\n"
            .getBytes(StandardCharsets.UTF_8);

    CsvImporter.Row row =
        importer(resource("demo/endava-mapping.properties")).parse(csv).rows().get(0);

    assertEquals("printer on floor two jams every morning", row.title());
    assertEquals("PRINTING", row.category().getCode());
    assertEquals(Priority.P4, row.priority());
  }

  @Test
  void unmappedValue_rejectsTheRowAndNamesTheField() throws IOException {
    byte[] csv =
        "title,body,category,urgency,impact\nvpn down,cannot connect,99,3,4\n"
            .getBytes(StandardCharsets.UTF_8);

    CsvImporter.Parsed parsed = importer(resource("demo/endava-mapping.properties")).parse(csv);

    assertEquals(1, parsed.errors().size());
    assertEquals(1, parsed.errors().get(0).row());
    assertEquals("category", parsed.errors().get(0).field());
    assertTrue(parsed.errors().get(0).reason().contains("99"));
  }

  @Test
  void unknownRequester_rejectsTheRow() {
    String mapping = "source=hr\ncolumn.title=t\ncolumn.description=d\ncolumn.requester=who\n";
    byte[] csv = "t,d,who\nbadge,lost my badge,nobody\n".getBytes(StandardCharsets.UTF_8);

    CsvImporter.Parsed parsed = importer(mapping).parse(csv);

    assertEquals("requester", parsed.errors().get(0).field());
  }

  @Test
  void missingColumn_rejectsTheWholeFile() {
    String mapping = "source=hr\ncolumn.title=t\ncolumn.description=d\nspread.requester=rita\n";
    byte[] csv = "t,body\nbadge,lost\n".getBytes(StandardCharsets.UTF_8);

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> importer(mapping).parse(csv));

    assertTrue(e.getMessage().contains("no column d"), e.getMessage());
  }

  @Test
  void sameFile_getsTheSameExternalReferences() {
    String mapping = "source=hr\ncolumn.title=t\ncolumn.description=d\nspread.requester=rita\n";
    byte[] csv =
        "t,d\nbadge,lost my badge\nscreen,broken screen\n".getBytes(StandardCharsets.UTF_8);
    byte[] other =
        "t,d\nbadge,lost my badge\nscreen,cracked screen\n".getBytes(StandardCharsets.UTF_8);

    CsvImporter.Parsed first = importer(mapping).parse(csv);
    CsvImporter.Parsed again = importer(mapping).parse(csv);
    CsvImporter.Parsed changed = importer(mapping).parse(other);

    assertEquals(first.rows().get(1).externalRef(), again.rows().get(1).externalRef());
    assertNotEquals(first.rows().get(1).externalRef(), changed.rows().get(1).externalRef());
  }

  @Test
  void invalidUtf8_isRejected() {
    String mapping = "source=hr\ncolumn.title=t\ncolumn.description=d\nspread.requester=rita\n";
    byte[] latin1 = "t,d\ncaf\u00e9,machine\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThrows(InvalidInputException.class, () -> importer(mapping).parse(latin1));
  }

  @Test
  void mapping_rejectsUnknownKeys() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> ImportMapping.parse("source=x\ncolumn.title=t\ncolumn.colour=c\n"));

    assertTrue(e.getMessage().contains("column.colour"), e.getMessage());
    assertFalse(e.getMessage().isBlank());
  }

  private CsvImporter importer(String mapping) {
    return new CsvImporter(
        ImportMapping.parse(mapping),
        login -> Optional.ofNullable(people.get(login)),
        categories,
        NOW);
  }

  private static Person person(String login, Role role) {
    Person person = new Person(login, new EmailAddress(login + "@example.com"), login, NOW);
    person.grant(EnumSet.of(role));
    return person;
  }

  private static String resource(String name) throws IOException {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String name) throws IOException {
    try (InputStream in = CsvImporterTest.class.getClassLoader().getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }
}

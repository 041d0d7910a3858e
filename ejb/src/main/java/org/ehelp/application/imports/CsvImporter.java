package org.ehelp.application.imports;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ehelp.application.imports.ImportReport.RowError;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.model.category.Category;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.Role;
import org.ehelp.domain.model.request.Priority;
import org.ehelp.domain.model.request.RequestState;

/**
 * Reads a CSV file through an {@link ImportMapping} into validated rows, without touching the
 * database: people and categories are looked up through the functions it is given.
 */
final class CsvImporter {

  /** States an import may leave a request in; the others need data a CSV row cannot give. */
  private static final List<RequestState> IMPORTABLE =
      List.of(
          RequestState.SUBMITTED,
          RequestState.REJECTED,
          RequestState.DISPATCHED,
          RequestState.IN_PROGRESS,
          RequestState.REALIZED,
          RequestState.AWAITING_VALIDATION,
          RequestState.ACCEPTED,
          RequestState.CLOSED);

  private static final int TITLE_LENGTH = 300;

  /** One row ready to become a request. */
  record Row(
      int number,
      String externalRef,
      String title,
      String description,
      Category category,
      Priority priority,
      Person requester,
      Person technician,
      RequestState state,
      Instant createdAt) {}

  /** Every row of a file, each either valid or refused. */
  record Parsed(String sha256, List<Row> rows, List<RowError> errors, int total) {}

  private final ImportMapping mapping;
  private final Function<String, Optional<Person>> people;
  private final Function<String, Optional<Category>> categories;
  private final Instant importedAt;

  CsvImporter(
      ImportMapping mapping,
      Function<String, Optional<Person>> people,
      Function<String, Optional<Category>> categories,
      Instant importedAt) {
    this.mapping = mapping;
    this.people = people;
    this.categories = categories;
    this.importedAt = importedAt;
  }

  Parsed parse(byte[] file) {
    String text = decode(file);
    String sha = sha256(file);
    List<Row> rows = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    int total = 0;

    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> header = parser.getHeaderNames();
      for (String column : mapping.columnsRead()) {
        if (!header.contains(column)) {
          throw new InvalidInputException(
              "EH-IMPORT-400", "error.import.mapping", "the file has no column " + column);
        }
      }
      for (CSVRecord record : parser) {
        total++;
        int number = total;
        try {
          rows.add(row(number, sha, record.toMap()));
        } catch (RowRejected e) {
          errors.add(new RowError(number, e.field, e.getMessage()));
        }
      }
    } catch (IOException | IllegalStateException | IllegalArgumentException e) {
      throw new InvalidInputException(
          "EH-IMPORT-400", "error.import.mapping", "the CSV is malformed: " + e.getMessage());
    }
    return new Parsed(sha, rows, errors, total);
  }

  private Row row(int number, String sha, Map<String, String> cells) {
    String description = text("description", cells, number, 100_000);
    String title = title(cells, number, description);
    Category category =
        mapping
            .raw("category", cells, number)
            .map(raw -> translated("category", raw))
            .map(
                code ->
                    categories
                        .apply(code)
                        .orElseThrow(() -> new RowRejected("category", "unknown category " + code)))
            .orElse(null);
    Priority priority =
        mapping
            .raw("priority", cells, number)
            .map(raw -> translated("priority", raw))
            .map(value -> parseEnum(Priority.class, "priority", value))
            .orElse(Priority.P3);
    Person requester =
        mapping
            .raw("requester", cells, number)
            .map(login -> person("requester", login, null))
            .orElseThrow(() -> new RowRejected("requester", "the requester is missing"));
    RequestState state =
        mapping
            .raw("state", cells, number)
            .map(raw -> translated("state", raw))
            .map(value -> parseEnum(RequestState.class, "state", value))
            .orElse(RequestState.SUBMITTED);
    if (!IMPORTABLE.contains(state)) {
      throw new RowRejected("state", "requests cannot be imported in the state " + state);
    }
    Person technician =
        state == RequestState.SUBMITTED || state == RequestState.REJECTED
            ? null
            : mapping
                .raw("technician", cells, number)
                .map(login -> person("technician", login, Role.TECHNICIAN))
                .orElse(null);

    String externalRef = mapping.source() + ":" + sha.substring(0, 16) + ":" + number;
    return new Row(
        number,
        externalRef,
        title,
        description,
        category,
        priority,
        requester,
        technician,
        state,
        createdAt(cells, number));
  }

  private String title(Map<String, String> cells, int number, String description) {
    String raw = mapping.raw("title", cells, number).orElse("");
    if (raw.equals("@description")) {
      raw = firstWords(description);
    }
    if (raw.isBlank()) {
      throw new RowRejected("title", "the title is empty");
    }
    return raw.length() > TITLE_LENGTH ? raw.substring(0, TITLE_LENGTH) : raw;
  }

  private String text(String field, Map<String, String> cells, int number, int max) {
    String value = mapping.raw(field, cells, number).orElse("");
    if (value.isBlank()) {
      throw new RowRejected(field, "the " + field + " is empty");
    }
    if (value.length() > max) {
      throw new RowRejected(field, "the " + field + " is longer than " + max + " characters");
    }
    return value;
  }

  private Instant createdAt(Map<String, String> cells, int number) {
    Optional<String> raw = mapping.raw("createdAt", cells, number);
    if (raw.isPresent()) {
      try {
        return Instant.parse(raw.get()).truncatedTo(ChronoUnit.MICROS);
      } catch (DateTimeParseException e) {
        throw new RowRejected("createdAt", "not an ISO-8601 instant: " + raw.get());
      }
    }
    Duration spread = mapping.createdAtSpread().orElse(Duration.ZERO);
    long back = (long) (ImportMapping.position(number) * spread.toSeconds());
    return importedAt.minusSeconds(back).truncatedTo(ChronoUnit.MICROS);
  }

  private String translated(String field, String raw) {
    return mapping
        .translate(field, raw)
        .orElseThrow(() -> new RowRejected(field, "no " + field + " is mapped for " + raw));
  }

  private Person person(String field, String login, Role role) {
    Person person =
        people
            .apply(login)
            .filter(Person::isActive)
            .orElseThrow(() -> new RowRejected(field, "no active person has the login " + login));
    if (role != null && !person.hasRole(role)) {
      throw new RowRejected(field, login + " is not a " + role.name().toLowerCase(Locale.ROOT));
    }
    return person;
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String field, String value) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new RowRejected(field, value + " is not a valid " + field);
    }
  }

  private static String firstWords(String text) {
    String cut = text.length() <= 60 ? text : text.substring(0, 60);
    int space = cut.lastIndexOf(' ');
    return (text.length() > 60 && space > 20 ? cut.substring(0, space) : cut).strip();
  }

  private static String decode(byte[] file) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(file))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(
          "EH-IMPORT-400", "error.import.mapping", "the file is not valid UTF-8");
    }
  }

  private static String sha256(byte[] file) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** A row that cannot be imported, with the field at fault. */
  private static final class RowRejected extends RuntimeException {
    private final String field;

    RowRejected(String field, String reason) {
      super(reason, null, false, false);
      this.field = field;
    }
  }
}

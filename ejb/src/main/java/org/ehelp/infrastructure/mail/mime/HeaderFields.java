package org.ehelp.infrastructure.mail.mime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.field.DateTimeField;
import org.apache.james.mime4j.dom.field.ParsedField;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.stream.Field;
import org.ehelp.domain.model.mail.MailAddress;
import org.ehelp.domain.model.mail.MailHeaders;

/**
 * Reads the header fields of one entity: unfolds them, decodes raw 8-bit bytes and encoded words,
 * and parses addresses, message ids and the date.
 */
final class HeaderFields {

  private static final Pattern BRACKETED_ID = Pattern.compile("<([^<>\\s]+)>");
  private static final Pattern ANGLE_ADDRESS = Pattern.compile("<([^<>]*)>");

  private final List<Field> fields;
  private final List<String> hint;

  /**
   * @param hint the charset labels the message declares, which unencoded 8-bit header bytes that
   *     are not UTF-8 are most likely in
   */
  HeaderFields(List<Field> fields, List<String> hint) {
    this.fields = fields;
    this.hint = hint;
  }

  /** Returns every field with its value unfolded and decoded. */
  MailHeaders decoded() {
    MailHeaders.Builder headers = MailHeaders.builder();
    for (Field field : fields) {
      headers.add(field.getName(), EncodedWords.decode(unfolded(field)).strip());
    }
    return headers.build();
  }

  /** Returns the unfolded value of the first field with this name, encoded words left as sent. */
  Optional<String> raw(String name) {
    return fields.stream()
        .filter(f -> f.getName().equalsIgnoreCase(name))
        .findFirst()
        .map(this::unfolded);
  }

  Optional<String> text(String name) {
    return raw(name).map(EncodedWords::decode).map(String::strip);
  }

  List<MailAddress> addresses(String name) {
    List<MailAddress> all = new ArrayList<>();
    fields.stream()
        .filter(f -> f.getName().equalsIgnoreCase(name))
        .map(this::unfolded)
        .forEach(value -> all.addAll(parseAddresses(value)));
    return all;
  }

  Optional<MailAddress> firstAddress(String name) {
    List<MailAddress> all = addresses(name);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /**
   * Returns the first address of the fields with this name that has the shape local@domain, else
   * the first address at all; a message may carry the field twice, or an empty address first.
   */
  Optional<MailAddress> firstValidAddress(String name) {
    List<MailAddress> all = addresses(name);
    return all.stream()
        .filter(MailAddress::isValid)
        .findFirst()
        .or(() -> all.stream().filter(a -> !a.address().isEmpty()).findFirst());
  }

  /** Returns the message ids of the field, without angle brackets, in order. */
  List<String> messageIds(String name) {
    List<String> ids = new ArrayList<>();
    fields.stream()
        .filter(f -> f.getName().equalsIgnoreCase(name))
        .map(this::unfolded)
        .forEach(value -> ids.addAll(parseIds(value)));
    return ids;
  }

  /** Returns the {@code Return-Path}: "" for the null path, null when absent. */
  String returnPath() {
    Optional<String> value = raw("Return-Path");
    if (value.isEmpty()) {
      return null;
    }
    Matcher angle = ANGLE_ADDRESS.matcher(value.get());
    String address = angle.find() ? angle.group(1) : value.get();
    return address.strip();
  }

  Instant date() {
    for (Field field : fields) {
      if (field.getName().equalsIgnoreCase("Date")) {
        ParsedField parsed = LenientFieldParser.getParser().parse(field, DecodeMonitor.SILENT);
        if (parsed instanceof DateTimeField date && date.getDate() != null) {
          return date.getDate().toInstant();
        }
      }
    }
    return null;
  }

  static List<String> parseIds(String value) {
    List<String> ids = new ArrayList<>();
    Matcher matcher = BRACKETED_ID.matcher(value);
    while (matcher.find()) {
      ids.add(matcher.group(1));
    }
    if (ids.isEmpty()) {
      Arrays.stream(value.split("[\\s,]+"))
          .map(String::strip)
          .filter(id -> id.contains("@"))
          .forEach(ids::add);
    }
    return ids;
  }

  static List<MailAddress> parseAddresses(String value) {
    return value.isBlank() ? List.of() : AddressParser.parse(value);
  }

  /** Returns the field's value after the colon, raw bytes decoded, with the line folds removed. */
  String unfolded(Field field) {
    byte[] raw = field.getRaw() == null ? null : field.getRaw().toByteArray();
    String value;
    if (raw == null) {
      value = field.getBody() == null ? "" : field.getBody();
    } else {
      String whole = TextDecoding.decodeRawHeader(raw, hint);
      int colon = whole.indexOf(':');
      value = colon < 0 ? whole : whole.substring(colon + 1);
    }
    // Folding whitespace reads as one space, as mail programs show it.
    return value.replaceAll("\\r?\\n[ \\t]+", " ").replaceAll("[\\r\\n]+", " ").strip();
  }
}

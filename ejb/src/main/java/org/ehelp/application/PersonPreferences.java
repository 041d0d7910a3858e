package org.ehelp.application;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.ehelp.domain.error.InvalidInputException;

/** Checks the language and time zone of a person, as an admin or the person sets them. */
public final class PersonPreferences {

  /** The languages of the message bundle. */
  public static final Set<String> LANGUAGES = Set.of("en", "fr");

  private PersonPreferences() {}

  /** Returns the language of a tag such as {@code fr}, or rejects one eHelp does not speak. */
  public static Locale language(String tag) {
    String language = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(language)) {
      throw new InvalidInputException("EH-PERSON-400", "error.person.language", tag);
    }
    return Locale.forLanguageTag(language);
  }

  /** Returns the time zone of an IANA id such as {@code Europe/Paris}, or rejects the id. */
  public static ZoneId zone(String id) {
    try {
      return ZoneId.of(id == null ? "" : id.strip());
    } catch (DateTimeException e) {
      throw new InvalidInputException("EH-PERSON-400", "error.person.timeZone", id);
    }
  }
}

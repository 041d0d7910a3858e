package org.ehelp.interfaces.rest.error;

import java.util.List;
import java.util.Locale;

/** Picks the language of API messages from the caller's preferred languages. */
public final class Locales {

  private static final List<String> SUPPORTED = List.of("en", "fr");

  private Locales() {}

  /**
   * Returns the first supported language among the caller's, in order of preference, or English.
   */
  public static Locale preferred(Iterable<Locale> acceptable) {
    for (Locale locale : acceptable) {
      if (SUPPORTED.contains(locale.getLanguage())) {
        return Locale.forLanguageTag(locale.getLanguage());
      }
    }
    return Locale.ENGLISH;
  }
}

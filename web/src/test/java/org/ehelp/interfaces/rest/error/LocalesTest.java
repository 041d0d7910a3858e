package org.ehelp.interfaces.rest.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalesTest {

  @Test
  void preferred_picksFirstSupportedLanguage() {
    assertEquals(
        Locale.FRENCH, Locales.preferred(List.of(Locale.GERMAN, Locale.CANADA_FRENCH, Locale.UK)));
    assertEquals(Locale.ENGLISH, Locales.preferred(List.of(Locale.US, Locale.FRENCH)));
  }

  @Test
  void preferred_fallsBackToEnglish() {
    assertEquals(Locale.ENGLISH, Locales.preferred(List.of(Locale.JAPANESE)));
    assertEquals(Locale.ENGLISH, Locales.preferred(List.of()));
  }
}

package org.ehelp.application.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import java.util.Map;
import org.ehelp.domain.model.notification.NotificationKind;
import org.junit.jupiter.api.Test;

class TemplateCatalogTest {

  @Test
  void shippedTemplates_existForEveryKindInBothLanguages() {
    for (Locale language : TemplateCatalog.LANGUAGES) {
      for (NotificationKind kind : NotificationKind.values()) {
        TemplateCatalog.Template template = TemplateCatalog.shipped(kind, language);
        assertFalse(template.subject().endsWith(".subject"), kind + " subject in " + language);
        assertFalse(template.body().endsWith(".body"), kind + " body in " + language);
      }
    }
  }

  @Test
  void fill_replacesKnownPlaceholdersOnly() {
    String filled =
        TemplateCatalog.fill(
            "{reference}: {title} {unknown} $1", Map.of("reference", "EH-1", "title", "a $ sign"));

    assertEquals("EH-1: a $ sign {unknown} $1", filled);
  }

  @Test
  void language_isFrenchOnlyForFrench() {
    assertEquals(Locale.FRENCH, TemplateCatalog.language(Locale.CANADA_FRENCH));
    assertEquals(Locale.ENGLISH, TemplateCatalog.language(Locale.GERMAN));
    assertEquals(Locale.ENGLISH, TemplateCatalog.language(null));
  }
}

package org.ehelp.interfaces.web.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuideCatalogTest {

  private static GuideCatalog catalog() {
    GuideCatalog catalog = new GuideCatalog();
    catalog.load();
    return catalog;
  }

  @Test
  void everyRole_hasTheSameSectionsInBothLanguages() {
    GuideCatalog catalog = catalog();

    for (String role : GuideCatalog.ROLES) {
      List<String> english = sectionIds(catalog, role, "en");
      List<String> french = sectionIds(catalog, role, "fr");
      assertFalse(english.isEmpty(), role);
      assertEquals(english, french, role);
    }
  }

  @Test
  void pages_haveUniqueIdsTitlesTextAndUrls() {
    List<GuidePage> pages = catalog().pages();
    Set<String> ids = new HashSet<>();

    for (GuidePage page : pages) {
      assertTrue(ids.add(page.id()), page.id());
      assertFalse(page.title().isBlank(), page.id());
      assertFalse(page.text().isBlank(), page.id());
      assertTrue(page.url().startsWith("guide/index.xhtml?role=" + page.role()), page.url());
      assertTrue(page.url().endsWith("#" + page.id().substring(page.id().lastIndexOf('/') + 1)));
    }
  }

  @Test
  void contextMap_pointsAtExistingSections() throws IOException {
    GuideCatalog catalog = catalog();
    Properties map = new Properties();
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("org/ehelp/guide/context.properties")) {
      map.load(in);
    }

    for (String key : map.stringPropertyNames()) {
      String[] target = map.getProperty(key).split("#");
      for (String language : GuideCatalog.LANGUAGES) {
        assertTrue(
            sectionIds(catalog, target[0], language).contains(target[1]),
            key + " -> " + map.getProperty(key) + " in " + language);
      }
    }
  }

  @Test
  void contextHelp_prefersTheRoleAndTheFolder() {
    ContextHelp help = new ContextHelp();

    assertEquals(
        new ContextHelp.Target("technician", "request"),
        help.target("/requests/view.xhtml", List.of("technician", "requester")));
    assertEquals(
        new ContextHelp.Target("requester", "comments"),
        help.target("/requests/view.xhtml", List.of("requester")));
    assertEquals(
        new ContextHelp.Target("admin", "mail"),
        help.target("/admin/mail/outbox.xhtml", List.of("admin", "requester")));
    assertEquals(
        new ContextHelp.Target("admin", "admin"),
        help.target("/admin/people.xhtml", List.of("admin", "requester")));
    assertNull(help.target("/errors/404.xhtml", List.of("requester")).section());
  }

  @Test
  void document_fallsBackToEnglish() {
    GuideCatalog catalog = catalog();

    assertEquals("en", catalog.document("admin", null).orElseThrow().language());
    assertEquals("en", catalog.document("admin", "de").orElseThrow().language());
    assertTrue(catalog.document(null, "fr").isEmpty());
  }

  @Test
  void parse_readsParagraphsAndListItems() {
    GuideDocument document =
        GuideDocument.parse(
            "requester",
            "en",
            "# Title\n\n## First {#first}\n\nOne line\nand its end.\n\n- item one\n  goes on\n"
                + "- item two\n\nAfter.\n");

    GuideDocument.Section first = document.sections().get(0);
    assertEquals("Title", document.title());
    assertEquals("first", first.id());
    assertEquals(List.of("One line and its end."), first.blocks().get(0).lines());
    assertEquals(List.of("item one goes on", "item two"), first.blocks().get(1).lines());
    assertTrue(first.blocks().get(1).list());
    assertEquals(List.of("After."), first.blocks().get(2).lines());
  }

  private static List<String> sectionIds(GuideCatalog catalog, String role, String language) {
    return catalog.document(role, language).orElseThrow().sections().stream()
        .map(GuideDocument.Section::id)
        .toList();
  }
}

package org.ehelp.interfaces.web.guide;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The online user guide: one file per role and language under {@code org/ehelp/guide/<language>/},
 * read once at startup. Other modules list its sections with {@link #pages()}, for example to index
 * them for search; the portal shows a document with {@link #document}.
 */
@ApplicationScoped
public class GuideCatalog {

  /** The roles that have a guide, in the order the guide page lists them. */
  public static final List<String> ROLES =
      List.of("requester", "call-center", "technician", "responsible", "contributor", "admin");

  /** The languages every guide is written in; English is the fallback. */
  public static final List<String> LANGUAGES = List.of("en", "fr");

  private List<GuideDocument> documents;

  @PostConstruct
  void load() {
    List<GuideDocument> loaded = new ArrayList<>();
    for (String language : LANGUAGES) {
      for (String role : ROLES) {
        loaded.add(GuideDocument.parse(role, language, read(language, role)));
      }
    }
    documents = List.copyOf(loaded);
  }

  /** Returns every section of every guide, in both languages, as a search index takes them. */
  public List<GuidePage> pages() {
    List<GuidePage> pages = new ArrayList<>();
    for (GuideDocument document : documents) {
      for (GuideDocument.Section section : document.sections()) {
        pages.add(
            new GuidePage(
                document.role() + "/" + document.language() + "/" + section.id(),
                document.language(),
                document.role(),
                section.title(),
                section.text(),
                url(document.role(), document.language(), section.id())));
      }
    }
    return pages;
  }

  /** Returns the guide of a role in a language, or in English when that language has none. */
  public Optional<GuideDocument> document(String role, String language) {
    String wanted = language != null && LANGUAGES.contains(language) ? language : "en";
    return documents.stream()
        .filter(d -> d.role().equals(role) && d.language().equals(wanted))
        .findFirst();
  }

  /** Returns the portal address of a section, relative to the context root. */
  public static String url(String role, String language, String section) {
    return "guide/index.xhtml?role=" + role + "&lang=" + language + "#" + section;
  }

  private static String read(String language, String role) {
    String resource = "org/ehelp/guide/" + language + "/" + role + ".md";
    try (InputStream in = GuideCatalog.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The guide " + resource + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the guide " + resource, e);
    }
  }
}

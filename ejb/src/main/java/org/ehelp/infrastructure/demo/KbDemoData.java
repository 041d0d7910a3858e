package org.ehelp.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ehelp.application.kb.KnowledgeBase;
import org.ehelp.application.search.SearchJournal;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.kb.Article;
import org.ehelp.domain.model.kb.ArticleContent;
import org.ehelp.domain.model.kb.ArticleRepository;
import org.ehelp.domain.model.kb.Audience;
import org.ehelp.domain.model.person.PersonRepository;

/**
 * Loads the demo knowledge base once per database when {@code ehelp.demo.data} is {@code full}: the
 * GNOME Help procedures of {@code demo/kb/gnome-help.json} (CC BY-SA 3.0, see its README),
 * published for everyone, each keeping its source page.
 */
@Startup
@Singleton
@DependsOn("DemoData")
public class KbDemoData {

  private static final Logger LOG = Logger.getLogger(KbDemoData.class.getName());
  private static final String FLAG = "demo.kb.loaded";
  private static final String RESOURCE = "demo/kb/gnome-help.json";

  /** {@code ehelp.demo.data} (none, accounts or full; default none): full loads the articles. */
  @Inject
  @ConfigProperty(name = "ehelp.demo.data", defaultValue = "none")
  String level;

  @PersistenceContext private EntityManager em;

  @Inject private ArticleRepository articles;

  @Inject private PersonRepository people;

  @Inject private SearchJournal journal;

  @PostConstruct
  void load() {
    if (!level.strip().toLowerCase(Locale.ROOT).equals("full") || !claim()) {
      return;
    }
    var author = people.findByLogin("admin").orElse(null);
    int count = 0;
    for (JsonObject row : rows()) {
      String source = row.getString("source");
      if (articles.existsBySourceRef(source)) {
        continue;
      }
      List<String> tags =
          row.getJsonArray("tags").getValuesAs(JsonString.class).stream()
              .map(JsonString::getString)
              .toList();
      ArticleContent content =
          new ArticleContent(
              row.getString("title"), row.getString("body"), tags, Audience.EVERYONE);
      Article article = new Article(content, null, author, null, Times.now());
      article.markImported(source);
      articles.add(article);
      articles.flush();
      journal.record(KnowledgeBase.TYPE, article.getId().toString());
      count++;
    }
    int loaded = count;
    LOG.info(() -> "Demo knowledge-base articles loaded: " + loaded);
  }

  private boolean claim() {
    boolean taken =
        !em.createNativeQuery("SELECT setting_key FROM app_setting WHERE setting_key = ?")
            .setParameter(1, FLAG)
            .getResultList()
            .isEmpty();
    if (taken) {
      return false;
    }
    em.createNativeQuery("INSERT INTO app_setting (setting_key, setting_value) VALUES (?, ?)")
        .setParameter(1, FLAG)
        .setParameter(2, Times.now().toString())
        .executeUpdate();
    return true;
  }

  private static List<JsonObject> rows() {
    try (InputStream in = KbDemoData.class.getClassLoader().getResourceAsStream(RESOURCE);
        JsonReader reader = Json.createReader(in)) {
      JsonArray array = reader.readArray();
      return array.getValuesAs(JsonObject.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }
}

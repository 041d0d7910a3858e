package org.ehelp.interfaces.web.guide;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.ehelp.application.search.SearchReaders;
import org.ehelp.application.search.SearchService;
import org.ehelp.search.SearchDocument;

/**
 * Hands the user guide's sections to search when the portal starts, on every instance, since the
 * search keeps supplied documents in memory. Everyone may find every section.
 */
@ApplicationScoped
public class GuideIndexing {

  /** The search type of guide sections. */
  public static final String TYPE = "GUIDE";

  private static final Logger LOG = Logger.getLogger(GuideIndexing.class.getName());

  @Inject private GuideCatalog guide;

  @Inject private SearchService search;

  void supply(@Observes @Initialized(ApplicationScoped.class) Object started) {
    List<SearchDocument> documents = guide.pages().stream().map(GuideIndexing::document).toList();
    search.supply(TYPE, documents);
    LOG.info(() -> "Handed " + documents.size() + " user guide sections to search");
  }

  private static SearchDocument document(GuidePage page) {
    return new SearchDocument(
        TYPE,
        page.id(),
        page.title(),
        page.text(),
        "",
        List.of(),
        Map.of(),
        null,
        Set.of(SearchReaders.EVERYONE));
  }

  /** Returns the portal address of a guide section from its search id, such as {@code a/en/b}. */
  public static String link(String id) {
    String[] parts = id.split("/", 3);
    if (parts.length < 3) {
      return "guide/index.xhtml";
    }
    return "guide/index.xhtml?role=" + parts[0] + "&lang=" + parts[1] + "#" + parts[2];
  }
}

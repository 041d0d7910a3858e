package org.ehelp.application.kb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ehelp.application.search.SearchReaders;
import org.ehelp.application.search.SearchSource;
import org.ehelp.domain.model.kb.Article;
import org.ehelp.domain.model.kb.ArticleRepository;
import org.ehelp.search.SearchDocument;

/**
 * Articles as search documents: those published for everyone are found by every reader, the others
 * (drafts, reviews, archives, staff-only articles) by staff only. Tags are searched with the body.
 */
@ApplicationScoped
public class ArticleSearchSource implements SearchSource {

  @Inject private ArticleRepository articles;

  @Override
  public String type() {
    return KnowledgeBase.TYPE;
  }

  @Override
  public Optional<SearchDocument> load(String id) {
    return articles.findById(Long.parseLong(id)).map(ArticleSearchSource::toDocument);
  }

  @Override
  public List<String> ids() {
    return articles.allIds().stream().map(String::valueOf).toList();
  }

  static SearchDocument toDocument(Article article) {
    Map<String, String> facets = new HashMap<>();
    facets.put("state", article.getState().name());
    facets.put("audience", article.getAudience().name());
    if (article.getCategory() != null) {
      facets.put("category", article.getCategory().getName());
    }
    String readers = article.isPublic() ? SearchReaders.EVERYONE : SearchReaders.STAFF;
    return new SearchDocument(
        KnowledgeBase.TYPE,
        article.getId().toString(),
        article.getTitle(),
        article.getBody() + "\n" + String.join(" ", article.getTags()),
        "",
        List.of("KB-" + article.getId()),
        facets,
        article.getUpdatedAt(),
        Set.of(readers));
  }
}

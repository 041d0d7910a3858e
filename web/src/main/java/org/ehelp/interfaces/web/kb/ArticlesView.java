package org.ehelp.interfaces.web.kb;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ehelp.application.kb.ArticleDetails;
import org.ehelp.application.kb.KnowledgeBase;
import org.ehelp.application.search.SearchService;
import org.ehelp.interfaces.web.search.SnippetHtml;
import org.ehelp.search.SearchHit;
import org.ehelp.search.SearchSort;

/**
 * The knowledge base's list: the newest articles, or with {@code q} the articles matching it,
 * through search so that the same analysis and reader filter apply.
 */
@Named
@RequestScoped
public class ArticlesView {

  private static final int SIZE = 50;

  @Inject private KnowledgeBase kb;

  @Inject private SearchService search;

  private String text = "";

  @PostConstruct
  void read() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    text = params.getOrDefault("q", "").strip();
  }

  public String getText() {
    return text;
  }

  public boolean isSearching() {
    return !text.isEmpty();
  }

  public List<ArticleDetails> getLatest() {
    return kb.list(Set.of(), 0, SIZE);
  }

  public List<Found> getFound() {
    return search
        .search(text, Set.of(KnowledgeBase.TYPE), Map.of(), SearchSort.RELEVANCE, 0, SIZE)
        .hits()
        .stream()
        .map(Found::of)
        .toList();
  }

  /** A matching article, with its passage; {@code snippetHtml} is escaped except for marks. */
  public record Found(String id, String title, String state, String snippetHtml) {

    static Found of(SearchHit hit) {
      List<org.ehelp.search.Snippet> body =
          hit.snippets().stream().filter(s -> !s.field().equals("title")).toList();
      return new Found(hit.id(), hit.title(), hit.facets().get("state"), SnippetHtml.render(body));
    }
  }
}

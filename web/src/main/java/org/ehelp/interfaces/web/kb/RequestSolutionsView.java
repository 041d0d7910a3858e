package org.ehelp.interfaces.web.kb;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.ehelp.application.RequestDetails;
import org.ehelp.application.kb.ArticleDetails;
import org.ehelp.application.kb.KnowledgeBase;
import org.ehelp.domain.error.EhelpException;
import org.ehelp.interfaces.web.support.Texts;

/**
 * The knowledge-base panel of the request page: the articles linked as its solution, and for staff
 * the published articles that match the request, and a field to link one by number.
 */
@Named
@ViewScoped
public class RequestSolutionsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MAX_TEXT = 500;

  @Inject private KnowledgeBase kb;

  private List<ArticleDetails> solutions;
  private List<SuggestionsView.Suggestion> suggestions;
  private Long articleId;

  public List<ArticleDetails> solutionsOf(long requestId) {
    if (solutions == null) {
      solutions = kb.solutionsOf(requestId);
    }
    return solutions;
  }

  /**
   * Published articles that match the request's title and description, other than its solutions.
   */
  public List<SuggestionsView.Suggestion> suggestionsFor(RequestDetails request) {
    if (suggestions == null) {
      String text = request.title() + " " + Objects.toString(request.description(), "");
      Set<String> linked =
          solutionsOf(request.id()).stream()
              .map(a -> Long.toString(a.id()))
              .collect(Collectors.toSet());
      suggestions =
          kb.suggest(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text).stream()
              .map(SuggestionsView.Suggestion::of)
              .filter(s -> !linked.contains(s.id()))
              .toList();
    }
    return suggestions;
  }

  /** Links the article whose number was typed. */
  public void link(long requestId) {
    if (articleId != null) {
      linkSuggestion(articleId, requestId);
    }
  }

  /** Links a suggested article. */
  public void linkSuggestion(long article, long requestId) {
    try {
      kb.linkSolution(article, requestId);
      solutions = null;
      suggestions = null;
      articleId = null;
      Texts.info("kb.solution.linked");
    } catch (EhelpException e) {
      Texts.error(e);
    }
  }

  public Long getArticleId() {
    return articleId;
  }

  public void setArticleId(Long articleId) {
    this.articleId = articleId;
  }
}

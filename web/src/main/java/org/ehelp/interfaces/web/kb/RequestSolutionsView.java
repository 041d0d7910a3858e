package org.ehelp.interfaces.web.kb;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ehelp.application.kb.ArticleDetails;
import org.ehelp.application.kb.KnowledgeBase;
import org.ehelp.domain.error.EhelpException;
import org.ehelp.interfaces.web.support.Texts;

/**
 * The knowledge-base panel of the request page: the articles linked as its solution, and for staff
 * a field to link one by number.
 */
@Named
@ViewScoped
public class RequestSolutionsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private KnowledgeBase kb;

  private List<ArticleDetails> solutions;
  private Long articleId;

  public List<ArticleDetails> solutionsOf(long requestId) {
    if (solutions == null) {
      solutions = kb.solutionsOf(requestId);
    }
    return solutions;
  }

  public void link(long requestId) {
    if (articleId == null) {
      return;
    }
    try {
      kb.linkSolution(articleId, requestId);
      solutions = null;
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

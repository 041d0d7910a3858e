package org.ehelp.interfaces.web.kb;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.ehelp.application.kb.ArticleDetails;
import org.ehelp.application.kb.KnowledgeBase;
import org.ehelp.domain.error.EhelpException;
import org.ehelp.domain.model.kb.ArticleState;
import org.ehelp.interfaces.web.support.Pages;
import org.ehelp.interfaces.web.support.Texts;

/** An article: its text, counts and votes, and for staff its life-cycle actions. */
@Named
@ViewScoped
public class ArticleView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private KnowledgeBase kb;

  private Long id;
  private ArticleDetails article;

  public void load() throws IOException {
    if (id == null) {
      Pages.notFound();
      return;
    }
    try {
      article = kb.get(id);
    } catch (EhelpException e) {
      Pages.notFound();
    }
  }

  public void vote(boolean helpful) {
    article = kb.vote(id, helpful);
    Texts.info("kb.vote.thanks");
  }

  public void moveTo(ArticleState target) {
    try {
      article = kb.moveTo(id, target);
      Texts.info("kb.state.changed", Texts.format("kb.state." + target));
    } catch (EhelpException e) {
      Texts.error(e);
    }
  }

  /** Paragraphs of the body, split at blank lines. */
  public List<String> getParagraphs() {
    return List.of(article.body().split("\\n\\s*\\n"));
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ArticleDetails getArticle() {
    return article;
  }
}

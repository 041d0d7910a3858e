package org.ehelp.interfaces.web.kb;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.ehelp.application.kb.ArticleDetails;
import org.ehelp.application.kb.ArticleVersionSummary;
import org.ehelp.application.kb.KnowledgeBase;
import org.ehelp.domain.error.EhelpException;
import org.ehelp.domain.model.kb.LineDiff;
import org.ehelp.interfaces.web.support.Pages;
import org.ehelp.interfaces.web.support.Texts;

/** An article's versions (staff): the list, a comparison of two, and restoring one. */
@Named
@ViewScoped
public class ArticleVersionsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private KnowledgeBase kb;

  private Long id;
  private Integer from;
  private Integer to;
  private ArticleDetails article;
  private List<ArticleVersionSummary> versions;

  public void load() throws IOException {
    if (id == null) {
      Pages.notFound();
      return;
    }
    try {
      refresh();
    } catch (EhelpException e) {
      Pages.notFound();
    }
  }

  private void refresh() {
    article = kb.get(id);
    versions = kb.versions(id);
    if (to == null) {
      to = article.currentVersion();
    }
    if (from == null) {
      from = Math.max(1, to - 1);
    }
  }

  public void restore(int number) {
    try {
      kb.restore(id, number);
      to = null;
      from = null;
      refresh();
      Texts.info("kb.versions.restored", number);
    } catch (EhelpException e) {
      Texts.error(e);
    }
  }

  public List<LineDiff.Line> getDiff() {
    return kb.compare(id, from, to);
  }

  public ArticleDetails getArticle() {
    return article;
  }

  public List<ArticleVersionSummary> getVersions() {
    return versions;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Integer getFrom() {
    return from;
  }

  public void setFrom(Integer from) {
    this.from = from;
  }

  public Integer getTo() {
    return to;
  }

  public void setTo(Integer to) {
    this.to = to;
  }
}

package org.ehelp.interfaces.web.kb;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.ehelp.application.DirectoryService;
import org.ehelp.application.RequestDetails;
import org.ehelp.application.RequestService;
import org.ehelp.application.kb.ArticleDetails;
import org.ehelp.application.kb.KnowledgeBase;
import org.ehelp.domain.error.EhelpException;
import org.ehelp.domain.model.kb.ArticleContent;
import org.ehelp.domain.model.kb.Audience;
import org.ehelp.interfaces.web.session.UserSession;
import org.ehelp.interfaces.web.support.Pages;
import org.ehelp.interfaces.web.support.Texts;

/**
 * Writes or edits an article (staff). With {@code fromRequest} a new article starts from a resolved
 * request: its title, description and solution.
 */
@Named
@ViewScoped
public class ArticleEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private KnowledgeBase kb;

  @Inject private RequestService requests;

  @Inject private DirectoryService directory;

  @Inject private UserSession user;

  private Long id;
  private Long fromRequest;
  private long version;
  private String title;
  private String body;
  private String tags;
  private Audience audience = Audience.EVERYONE;
  private String categoryCode;

  public void load() throws IOException {
    if (!user.isStaff()) {
      Pages.forbidden();
      return;
    }
    try {
      if (id != null) {
        ArticleDetails article = kb.get(id);
        version = article.version();
        title = article.title();
        body = article.body();
        tags = String.join(", ", article.tags());
        audience = article.audience();
        categoryCode = article.categoryCode();
      } else if (fromRequest != null) {
        RequestDetails request = requests.get(fromRequest);
        title = request.title();
        body =
            request.description() + (request.solution() == null ? "" : "\n\n" + request.solution());
        categoryCode = request.categoryCode();
      }
    } catch (EhelpException e) {
      Pages.notFound();
    }
  }

  public String save() {
    try {
      ArticleContent content =
          new ArticleContent(
              title, body, Arrays.asList(tags == null ? new String[0] : tags.split(",")), audience);
      ArticleDetails saved =
          id == null
              ? kb.create(content, categoryCode, fromRequest)
              : kb.edit(id, content, categoryCode, version);
      Texts.flashInfo("kb.saved");
      return "/kb/view?faces-redirect=true&id=" + saved.id();
    } catch (EhelpException e) {
      Texts.error(e);
      return null;
    }
  }

  public List<Audience> getAudiences() {
    return List.of(Audience.values());
  }

  public List<org.ehelp.application.CategoryRef> getCategories() {
    return directory.categories();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getFromRequest() {
    return fromRequest;
  }

  public void setFromRequest(Long fromRequest) {
    this.fromRequest = fromRequest;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getTags() {
    return tags;
  }

  public void setTags(String tags) {
    this.tags = tags;
  }

  public Audience getAudience() {
    return audience;
  }

  public void setAudience(Audience audience) {
    this.audience = audience;
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public void setCategoryCode(String categoryCode) {
    this.categoryCode = categoryCode;
  }
}

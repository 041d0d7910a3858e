package org.ehelp.interfaces.web.guide;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.ehelp.interfaces.web.session.UserSession;

/**
 * The guide page, and the header's help link: which guide a page opens, in the page's language, at
 * the section about that page.
 */
@Named
@RequestScoped
public class GuideView {

  @Inject private GuideCatalog catalog;

  @Inject private ContextHelp help;

  @Inject private UserSession user;

  private String role;
  private String lang;

  /** Returns the guide shown: the {@code role} parameter's, else the reader's first role's. */
  public GuideDocument getDocument() {
    String wanted = role != null && GuideCatalog.ROLES.contains(role) ? role : roles().get(0);
    return catalog.document(wanted, language()).orElseThrow();
  }

  /** Returns the roles that have a guide, for the links between guides. */
  public List<String> getRoles() {
    return GuideCatalog.ROLES;
  }

  /** Returns the section of the current page, for the help link. */
  public ContextHelp.Target getContext() {
    String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
    return help.target(viewId, roles());
  }

  /** Returns the language of the guide: the {@code lang} parameter, else the page's. */
  public String language() {
    String page = user.getLocale().getLanguage();
    String wanted = lang == null || lang.isBlank() ? page : lang;
    return GuideCatalog.LANGUAGES.contains(wanted) ? wanted : "en";
  }

  /** The reader's guide roles, the most specific first; everyone is a requester. */
  private List<String> roles() {
    List<String> roles = new ArrayList<>();
    if (user.isSignedIn()) {
      if (user.isAdmin()) {
        roles.add("admin");
      }
      if (user.isCallCenter()) {
        roles.add("call-center");
      }
      if (user.isTechnician()) {
        roles.add("technician");
      }
      if (user.isResponsible()) {
        roles.add("responsible");
      }
      if (user.isContributor()) {
        roles.add("contributor");
      }
    }
    roles.add("requester");
    return roles;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getLang() {
    return lang;
  }

  public void setLang(String lang) {
    this.lang = lang;
  }
}

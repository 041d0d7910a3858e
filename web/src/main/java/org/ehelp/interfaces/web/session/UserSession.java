package org.ehelp.interfaces.web.session;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ehelp.application.DirectoryService;
import org.ehelp.application.Profile;
import org.ehelp.domain.model.person.Role;

/**
 * The signed-in person as the portal shows them: profile, language and time zone. The language
 * comes from the language switch, then the profile, then the browser; only the languages declared
 * in faces-config.xml are used.
 */
@Named
@SessionScoped
public class UserSession implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(UserSession.class.getName());

  @Inject private DirectoryService directory;

  private Profile profile;
  private Locale chosenLocale;

  /** Whether the current request is authenticated. */
  public boolean isSignedIn() {
    return request().getUserPrincipal() != null;
  }

  /** Returns the signed-in person's profile, loaded once per session. */
  public Profile getProfile() {
    if (profile == null && isSignedIn()) {
      profile = directory.me();
    }
    return profile;
  }

  public boolean hasRole(String role) {
    Profile me = getProfile();
    return me != null && me.roles().contains(Role.valueOf(role));
  }

  public boolean isCallCenter() {
    return hasRole("CALL_CENTER") || hasRole("ADMIN");
  }

  public boolean isTechnician() {
    return hasRole("TECHNICIAN");
  }

  public boolean isResponsible() {
    return hasRole("RESPONSIBLE");
  }

  public boolean isContributor() {
    return hasRole("CONTRIBUTOR");
  }

  public boolean isAdmin() {
    return hasRole("ADMIN");
  }

  /** Whether the person has work on the work page: as technician, responsible or contributor. */
  public boolean isWorker() {
    return isTechnician() || hasRole("RESPONSIBLE") || hasRole("CONTRIBUTOR");
  }

  public boolean isStaff() {
    Profile me = getProfile();
    return me != null && me.staff();
  }

  public long getPersonId() {
    return getProfile().id();
  }

  /** Returns the language of the pages. */
  public Locale getLocale() {
    if (chosenLocale != null) {
      return chosenLocale;
    }
    Profile me = getProfile();
    if (me != null && me.locale() != null) {
      Locale supported = supported(Locale.forLanguageTag(me.locale()));
      if (supported != null) {
        return supported;
      }
    }
    FacesContext context = FacesContext.getCurrentInstance();
    return context.getApplication().getViewHandler().calculateLocale(context);
  }

  /** Forgets the loaded profile, so that the next page shows a changed language or time zone. */
  public void reloadProfile() {
    profile = null;
    chosenLocale = null;
  }

  /** Returns the reader's time zone, UTC before sign-in. */
  public ZoneId getZone() {
    Profile me = getProfile();
    return me == null || me.timeZone() == null ? ZoneOffset.UTC : ZoneId.of(me.timeZone());
  }

  /** Returns the languages offered by the language switch. */
  public List<Locale> getLanguages() {
    FacesContext context = FacesContext.getCurrentInstance();
    Iterator<Locale> declared = context.getApplication().getSupportedLocales();
    List<Locale> languages = new ArrayList<>();
    declared.forEachRemaining(languages::add);
    return languages;
  }

  /** Returns the name of a language in that language, such as "français". */
  public String languageName(Locale language) {
    String name = language.getDisplayLanguage(language);
    return name.isEmpty()
        ? language.toLanguageTag()
        : name.substring(0, 1).toUpperCase(language) + name.substring(1);
  }

  public String getLanguage() {
    return getLocale().toLanguageTag();
  }

  /** Switches the language for the rest of the session and reloads the page. */
  public void setLanguage(String tag) {
    Locale wanted = supported(Locale.forLanguageTag(tag));
    if (wanted != null) {
      chosenLocale = wanted;
      FacesContext.getCurrentInstance().getViewRoot().setLocale(wanted);
    }
  }

  /** Returns how long the session lasts without a request, in seconds. */
  public int getSessionSeconds() {
    Object session = FacesContext.getCurrentInstance().getExternalContext().getSession(false);
    return session instanceof HttpSession http ? http.getMaxInactiveInterval() : 0;
  }

  /** Does nothing: the request itself keeps the session open. */
  public void keepAlive() {
    LOG.fine("Session kept open");
  }

  /** Ends the session and returns to the login page. */
  public void logout() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    String login = external.getRequestContextPath() + "/login.xhtml";
    try {
      request().logout();
    } catch (ServletException e) {
      LOG.log(Level.WARNING, "Signing out failed; the session is ended anyway", e);
    }
    external.invalidateSession();
    external.redirect(login);
  }

  private static Locale supported(Locale wanted) {
    Iterator<Locale> declared =
        FacesContext.getCurrentInstance().getApplication().getSupportedLocales();
    while (declared.hasNext()) {
      Locale candidate = declared.next();
      if (candidate.getLanguage().equals(wanted.getLanguage())) {
        return candidate;
      }
    }
    return null;
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }
}

package org.ehelp.interfaces.web.profile;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import org.ehelp.application.DirectoryService;
import org.ehelp.application.Profile;
import org.ehelp.interfaces.web.session.UserSession;
import org.ehelp.interfaces.web.support.Texts;

/** The person's own settings: the language of the portal and the time zone of every time shown. */
@Named
@ViewScoped
public class ProfileView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DirectoryService directory;

  @Inject private UserSession user;

  private String language;
  private String timeZone;

  @PostConstruct
  void init() {
    Profile me = user.getProfile();
    language = me.locale();
    timeZone = me.timeZone();
  }

  /** Saves the choices and shows the page again in the chosen language. */
  public String save() {
    directory.changeMyPreferences(language, timeZone);
    user.reloadProfile();
    Texts.flashInfo("portal.profile.saved");
    return "/profile?faces-redirect=true";
  }

  /** Returns every region-based time zone id of the Java runtime, in alphabetical order. */
  public List<String> getZones() {
    return ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/")).sorted().toList();
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }
}

package org.ehelp.interfaces.web.survey;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.ehelp.interfaces.web.menu.MenuContributor;
import org.ehelp.interfaces.web.menu.MenuEntry;
import org.ehelp.interfaces.web.session.UserSession;

/** The survey campaigns in the main menu, for the call center and administrators. */
@ApplicationScoped
public class SurveyMenu implements MenuContributor {

  @Override
  public List<MenuEntry> entries(UserSession user) {
    return user.isCallCenter() || user.isAdmin()
        ? List.of(new MenuEntry("menuSurveys", "/surveys/index", "survey.nav", 65))
        : List.of();
  }
}

package org.ehelp.interfaces.web.majorevent;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.ehelp.interfaces.web.menu.MenuContributor;
import org.ehelp.interfaces.web.menu.MenuEntry;
import org.ehelp.interfaces.web.session.UserSession;

/** The major events page in the main menu, for everyone: it shows what is down and until when. */
@ApplicationScoped
public class MajorEventMenu implements MenuContributor {

  @Override
  public List<MenuEntry> entries(UserSession user) {
    return List.of(new MenuEntry("menuEvents", "/events/index", "majorEvent.nav", 35));
  }
}

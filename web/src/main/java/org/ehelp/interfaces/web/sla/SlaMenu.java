package org.ehelp.interfaces.web.sla;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.ehelp.interfaces.web.menu.MenuContributor;
import org.ehelp.interfaces.web.menu.MenuEntry;
import org.ehelp.interfaces.web.session.UserSession;

/** The SLA administration pages in the main menu, for administrators. */
@ApplicationScoped
public class SlaMenu implements MenuContributor {

  @Override
  public List<MenuEntry> entries(UserSession user) {
    return user.isAdmin()
        ? List.of(new MenuEntry("menuSla", "/sla/policies", "sla.nav.link", 105))
        : List.of();
  }
}

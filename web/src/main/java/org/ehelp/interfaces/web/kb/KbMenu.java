package org.ehelp.interfaces.web.kb;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.ehelp.interfaces.web.menu.MenuContributor;
import org.ehelp.interfaces.web.menu.MenuEntry;
import org.ehelp.interfaces.web.session.UserSession;

/** The knowledge base in the main menu, for everyone. */
@ApplicationScoped
public class KbMenu implements MenuContributor {

  @Override
  public List<MenuEntry> entries(UserSession user) {
    return List.of(new MenuEntry("menuKb", "/kb/index", "kb.nav.link", 65));
  }
}

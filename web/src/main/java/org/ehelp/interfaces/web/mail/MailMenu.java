package org.ehelp.interfaces.web.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.ehelp.interfaces.web.menu.MenuContributor;
import org.ehelp.interfaces.web.menu.MenuEntry;
import org.ehelp.interfaces.web.session.UserSession;

/** The mail page in the main menu: everyone's notification choices, and the admins' mail pages. */
@ApplicationScoped
public class MailMenu implements MenuContributor {

  @Override
  public List<MenuEntry> entries(UserSession user) {
    return List.of(new MenuEntry("menuMail", "/mail/index", "portal.nav.mail", 108));
  }
}

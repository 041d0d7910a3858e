package org.ehelp.interfaces.web.menu;

import java.util.List;
import org.ehelp.interfaces.web.session.UserSession;

/**
 * Adds entries to the portal's main menu. A feature declares a CDI bean implementing this
 * interface, and {@link PortalMenu} shows its entries for the signed-in person, so no page has to
 * change when a feature adds a page.
 */
public interface MenuContributor {

  /** Returns the entries this person may use, or an empty list. */
  List<MenuEntry> entries(UserSession user);
}

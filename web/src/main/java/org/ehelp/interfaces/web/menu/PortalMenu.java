package org.ehelp.interfaces.web.menu;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ehelp.interfaces.web.session.UserSession;

/**
 * The portal's main menu: the workspaces of the signed-in person's roles, then the entries every
 * {@link MenuContributor} adds. The header renders it; nothing else lists the pages.
 */
@Named
@RequestScoped
public class PortalMenu {

  @Inject private UserSession user;

  @Inject private Instance<MenuContributor> contributors;

  private List<MenuEntry> entries;

  /** Returns the entries for the signed-in person, in menu order. */
  public List<MenuEntry> getEntries() {
    if (entries == null) {
      List<MenuEntry> all = new ArrayList<>(own());
      contributors.forEach(c -> all.addAll(c.entries(user)));
      all.sort(Comparator.comparingInt(MenuEntry::order));
      entries = List.copyOf(all);
    }
    return entries;
  }

  private List<MenuEntry> own() {
    List<MenuEntry> own = new ArrayList<>();
    own.add(new MenuEntry("menuHome", "/index", "portal.nav.home", 10));
    own.add(new MenuEntry("menuNew", "/requests/new", "portal.nav.new", 20));
    own.add(new MenuEntry("menuMine", "/requests/mine", "portal.nav.mine", 30));
    if (user.isCallCenter()) {
      own.add(new MenuEntry("menuQueue", "/queue", "portal.nav.queue", 40));
      own.add(new MenuEntry("menuPhone", "/desk/phone", "portal.nav.phone", 50));
    }
    if (user.isCallCenter() || user.isAdmin()) {
      own.add(new MenuEntry("menuDashboard", "/dashboard", "portal.nav.dashboard", 60));
    }
    if (user.isTechnician()) {
      own.add(new MenuEntry("menuTechnician", "/work/technician", "portal.nav.technician", 70));
    }
    if (user.isResponsible()) {
      own.add(new MenuEntry("menuApprovals", "/work/approvals", "portal.nav.approvals", 80));
    }
    if (user.isContributor()) {
      own.add(new MenuEntry("menuTasks", "/work/tasks", "portal.nav.tasks", 90));
    }
    if (user.isAdmin()) {
      own.add(new MenuEntry("menuAdmin", "/admin/index", "portal.nav.admin", 100));
    }
    own.add(new MenuEntry("menuProfile", "/profile", "portal.nav.profile", 110));
    return own;
  }
}

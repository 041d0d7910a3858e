package org.ehelp.interfaces.web.majorevent;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.ehelp.application.majorevent.MajorEventService;
import org.ehelp.application.majorevent.MajorEventView;
import org.ehelp.application.majorevent.MajorEventView.Phase;
import org.ehelp.interfaces.web.session.UserSession;

/** The major events page: the events under way, the upcoming ones and the past ones. */
@Named
@RequestScoped
public class MajorEventsView {

  @Inject private MajorEventService events;

  @Inject private UserSession user;

  private List<MajorEventView> all;

  @PostConstruct
  void load() {
    all = events.list();
  }

  public List<MajorEventView> getCurrent() {
    return in(Phase.CURRENT);
  }

  /** Returns the upcoming events, soonest first. */
  public List<MajorEventView> getUpcoming() {
    return in(Phase.UPCOMING).stream()
        .sorted(Comparator.comparing(MajorEventView::startsAt))
        .toList();
  }

  public List<MajorEventView> getPast() {
    return in(Phase.PAST);
  }

  /** Returns whether the reader may record and manage events. */
  public boolean isManager() {
    return user.isCallCenter() || user.isAdmin();
  }

  private List<MajorEventView> in(Phase phase) {
    return all.stream().filter(e -> e.phase() == phase).toList();
  }
}

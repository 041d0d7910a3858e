package org.ehelp.interfaces.web.majorevent;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.ehelp.application.majorevent.MajorEventService;
import org.ehelp.application.majorevent.MajorEventView;
import org.ehelp.interfaces.web.session.UserSession;
import org.ehelp.interfaces.web.support.Texts;
import org.ehelp.interfaces.web.support.TimeConverter;

/**
 * The major events of the banner on every page, the login page included, and of the home page and
 * the request page. Each list is read once per HTTP request.
 */
@Named
@RequestScoped
public class MajorEventBanner {

  @Inject private MajorEventService events;

  @Inject private UserSession user;

  private List<MajorEventView> current;
  private List<MajorEventView> upcoming;

  /** Returns the events under way now. */
  public List<MajorEventView> getCurrent() {
    if (current == null) {
      current = events.current();
    }
    return current;
  }

  /** Returns the events announced for later, soonest first, for the home page. */
  public List<MajorEventView> getUpcoming() {
    if (upcoming == null) {
      upcoming =
          events.list().stream()
              .filter(e -> e.phase() == MajorEventView.Phase.UPCOMING)
              .sorted(Comparator.comparing(MajorEventView::startsAt))
              .toList();
    }
    return upcoming;
  }

  /** Returns the expected end in the reader's time zone, or a word saying it is not known. */
  public String expectedEnd(MajorEventView event) {
    if (event.expectedEndAt() == null) {
      return Texts.format("majorEvent.endUnknown");
    }
    return TimeConverter.format(event.expectedEndAt(), user.getZone());
  }

  /** Returns the affected categories and services as one line. */
  public String affected(MajorEventView event) {
    return String.join(", ", event.affected());
  }

  /** Returns the events a request is attached to. */
  public List<MajorEventView> ofRequest(long requestId) {
    return events.ofRequest(requestId);
  }
}

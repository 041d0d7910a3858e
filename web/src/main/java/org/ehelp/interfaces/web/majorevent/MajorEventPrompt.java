package org.ehelp.interfaces.web.majorevent;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ehelp.application.majorevent.MajorEventService;
import org.ehelp.application.majorevent.MajorEventView;

/**
 * The question on the new request form while a major event affects the chosen category: is it the
 * same problem? The person's answer, an event id or none, decides whether the request is filed
 * attached to the event.
 */
@Named
@ViewScoped
public class MajorEventPrompt implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MajorEventService events;

  private String shownFor;
  private List<MajorEventView> shown = List.of();
  private Long chosenEventId;

  /** Returns the events under way that affect the category, read again when it changes. */
  public List<MajorEventView> eventsFor(String categoryCode) {
    if (!Objects.equals(categoryCode, shownFor)) {
      shownFor = categoryCode;
      shown = events.currentFor(categoryCode);
      chosenEventId = null;
    }
    return shown;
  }

  /** Returns the event the person chose as their problem, if it still affects the category. */
  public Optional<MajorEventView> chosen(String categoryCode) {
    if (chosenEventId == null) {
      return Optional.empty();
    }
    return eventsFor(categoryCode).stream().filter(e -> e.id() == chosenEventId).findFirst();
  }

  public Long getChosenEventId() {
    return chosenEventId;
  }

  public void setChosenEventId(Long chosenEventId) {
    this.chosenEventId = chosenEventId;
  }
}

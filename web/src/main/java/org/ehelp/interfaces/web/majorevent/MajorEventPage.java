package org.ehelp.interfaces.web.majorevent;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.ehelp.application.majorevent.MajorEventService;
import org.ehelp.application.majorevent.MajorEventView;
import org.ehelp.domain.model.request.RequestNumber;
import org.ehelp.interfaces.rest.QueryParams;
import org.ehelp.interfaces.web.session.UserSession;
import org.ehelp.interfaces.web.support.Pages;
import org.ehelp.interfaces.web.support.Texts;

/**
 * The page of one major event: its window, what it affects and its updates, and for the call center
 * the forms that post an update, attach requests and end it.
 */
@Named("majorEventPage")
@ViewScoped
public class MajorEventPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MajorEventService events;

  @Inject private UserSession user;

  private Long id;
  private MajorEventView event;
  private List<String> attached = List.of();
  private String updateText;
  private LocalDateTime newExpectedEnd;
  private String endText;
  private boolean closeRequests;
  private String numbers;

  /** Loads the event named by the {@code id} parameter, or answers 404. */
  public void load() throws IOException {
    if (id == null) {
      Pages.notFound();
      return;
    }
    show(events.get(id));
  }

  private void show(MajorEventView view) {
    event = view;
    if (isManager()) {
      attached =
          events.attachedRequestIds(view.id()).stream()
              .map(i -> new RequestNumber(i).toString())
              .toList();
    }
  }

  /** Posts the update typed in the form and notifies the people of attached requests. */
  public String postUpdate() {
    events.postUpdate(
        event.id(),
        updateText,
        newExpectedEnd == null ? null : newExpectedEnd.atZone(user.getZone()).toInstant());
    Texts.flashInfo("majorEvent.update.posted");
    return reopen();
  }

  /** Ends the event with the closing message typed in the form. */
  public String end() {
    MajorEventService.Ended ended = events.end(event.id(), endText, closeRequests);
    Texts.flashInfo("majorEvent.end.done", ended.closed(), ended.leftOpen());
    return reopen();
  }

  /** Attaches the requests whose numbers were typed, separated by spaces or commas. */
  public String attach() {
    List<Long> ids =
        Arrays.stream((numbers == null ? "" : numbers).split("[\\s,;]+"))
            .filter(n -> !n.isBlank())
            .map(QueryParams::requestId)
            .toList();
    int added = events.attach(event.id(), ids);
    Texts.flashInfo("majorEvent.attach.done", added);
    return reopen();
  }

  private String reopen() {
    return "/events/view?faces-redirect=true&id=" + event.id();
  }

  /** Returns whether the reader may post updates, attach requests and end the event. */
  public boolean isManager() {
    return user.isCallCenter() || user.isAdmin();
  }

  /** Returns the updates, newest first, as the page lists them. */
  public List<MajorEventView.UpdateItem> getUpdates() {
    List<MajorEventView.UpdateItem> newestFirst = new ArrayList<>(event.updates());
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  public MajorEventView getEvent() {
    return event;
  }

  public List<String> getAttached() {
    return attached;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getUpdateText() {
    return updateText;
  }

  public void setUpdateText(String updateText) {
    this.updateText = updateText;
  }

  public LocalDateTime getNewExpectedEnd() {
    return newExpectedEnd;
  }

  public void setNewExpectedEnd(LocalDateTime newExpectedEnd) {
    this.newExpectedEnd = newExpectedEnd;
  }

  public String getEndText() {
    return endText;
  }

  public void setEndText(String endText) {
    this.endText = endText;
  }

  public boolean isCloseRequests() {
    return closeRequests;
  }

  public void setCloseRequests(boolean closeRequests) {
    this.closeRequests = closeRequests;
  }

  public String getNumbers() {
    return numbers;
  }

  public void setNumbers(String numbers) {
    this.numbers = numbers;
  }
}

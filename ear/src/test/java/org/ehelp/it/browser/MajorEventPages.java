package org.ehelp.it.browser;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The major event banner of every page, the login page included, and the event pages. */
public final class MajorEventPages extends Portal {

  public MajorEventPages(Browser browser, URL base) {
    super(browser, base);
  }

  /** Opens the list of upcoming, current and past events. */
  public MajorEventPages openList() {
    load("events/index.xhtml");
    return this;
  }

  /** Opens one event's page. */
  public MajorEventPages openEvent(long id) {
    load("events/view.xhtml?id=" + id);
    return this;
  }

  /** Returns the ids of the events the banner of the current page shows. */
  public List<Long> bannerEvents() {
    return all(By.cssSelector("#majorEventBanner li[data-event]")).stream()
        .map(e -> Long.valueOf(e.getDomAttribute("data-event")))
        .toList();
  }

  /** Returns the text of the banner entry of one event, or an empty text when it is not shown. */
  public String bannerText(long eventId) {
    List<WebElement> found =
        all(By.cssSelector("#majorEventBanner li[data-event='" + eventId + "']"));
    return found.isEmpty() ? "" : found.get(0).getText();
  }

  /** Returns the ids of the events listed in one section: current, upcoming or past. */
  public List<Long> listed(String section) {
    return all(By.cssSelector("#" + section + "Events li[data-event]")).stream()
        .map(e -> Long.valueOf(e.getDomAttribute("data-event")))
        .toList();
  }

  /** Posts an update with the call center's form on the event page. */
  public MajorEventPages postUpdate(String text) {
    type(By.id("postUpdate:updateText"), text);
    submit(By.id("postUpdate:postUpdateButton"));
    return this;
  }

  /** Returns the texts of the event's updates, newest first. */
  public List<String> updates() {
    return all(By.cssSelector("#eventUpdates .ehelp-event-update")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Returns the phase the event page shows: CURRENT, UPCOMING or PAST. */
  public String phase() {
    return find(By.id("eventPhase")).getDomAttribute("data-phase");
  }
}

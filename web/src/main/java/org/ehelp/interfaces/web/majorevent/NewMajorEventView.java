package org.ehelp.interfaces.web.majorevent;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ehelp.application.CategoryRef;
import org.ehelp.application.DirectoryService;
import org.ehelp.application.majorevent.MajorEventDraft;
import org.ehelp.application.majorevent.MajorEventService;
import org.ehelp.application.majorevent.MajorEventView;
import org.ehelp.domain.model.majorevent.MajorEventKind;
import org.ehelp.interfaces.web.session.UserSession;
import org.ehelp.interfaces.web.support.Pages;
import org.ehelp.interfaces.web.support.Texts;

/** The form that records a major event, for the call center and admins. */
@Named
@ViewScoped
public class NewMajorEventView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MajorEventService events;

  @Inject private DirectoryService directory;

  @Inject private UserSession user;

  private List<CategoryRef> categories;
  private MajorEventKind kind = MajorEventKind.INCIDENT;
  private String title;
  private String description;
  private LocalDateTime startsAt;
  private LocalDateTime expectedEnd;
  private List<String> categoryCodes = new ArrayList<>();
  private String services;

  @PostConstruct
  void init() {
    categories = directory.categories();
    startsAt = LocalDateTime.now(user.getZone()).truncatedTo(ChronoUnit.MINUTES);
  }

  /** Sends 403 to people who may not record events. */
  public void requireManager() throws IOException {
    if (!user.isCallCenter() && !user.isAdmin()) {
      Pages.forbidden();
    }
  }

  /** Records the event and opens its page. */
  public String create() {
    ZoneId zone = user.getZone();
    List<String> serviceList =
        Arrays.stream((services == null ? "" : services).split("\\R"))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    MajorEventDraft draft =
        new MajorEventDraft(
            kind,
            title,
            description,
            startsAt == null ? null : startsAt.atZone(zone).toInstant(),
            expectedEnd == null ? null : expectedEnd.atZone(zone).toInstant(),
            categoryCodes,
            serviceList);

    MajorEventView created = events.create(draft);

    Texts.flashInfo("majorEvent.new.created", created.title());
    return "/events/view?faces-redirect=true&id=" + created.id();
  }

  public List<CategoryRef> getCategories() {
    return categories;
  }

  public MajorEventKind[] getKinds() {
    return MajorEventKind.values();
  }

  public MajorEventKind getKind() {
    return kind;
  }

  public void setKind(MajorEventKind kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalDateTime startsAt) {
    this.startsAt = startsAt;
  }

  public LocalDateTime getExpectedEnd() {
    return expectedEnd;
  }

  public void setExpectedEnd(LocalDateTime expectedEnd) {
    this.expectedEnd = expectedEnd;
  }

  public List<String> getCategoryCodes() {
    return categoryCodes;
  }

  public void setCategoryCodes(List<String> categoryCodes) {
    this.categoryCodes = categoryCodes;
  }

  public String getServices() {
    return services;
  }

  public void setServices(String services) {
    this.services = services;
  }
}

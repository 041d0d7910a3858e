package org.ehelp.interfaces.web.sla;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ehelp.application.CategoryRef;
import org.ehelp.application.DirectoryService;
import org.ehelp.application.sla.CalendarView;
import org.ehelp.application.sla.PolicyDraft;
import org.ehelp.application.sla.PolicyView;
import org.ehelp.application.sla.SlaAdministration;
import org.ehelp.application.sla.SlaExplanations;
import org.ehelp.domain.model.request.Priority;
import org.ehelp.domain.model.request.RequestState;
import org.ehelp.domain.model.sla.SlaPolicy;
import org.ehelp.interfaces.web.session.UserSession;
import org.ehelp.interfaces.web.support.Pages;
import org.ehelp.interfaces.web.support.Texts;

/** The admin page of SLA policies and of the states that pause the clocks. */
@Named
@ViewScoped
public class SlaPoliciesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SlaAdministration administration;

  @Inject private DirectoryService directory;

  @Inject private UserSession user;

  private List<PolicyView> policies;
  private List<CalendarView> calendars;
  private List<CategoryRef> categories;
  private Long editedId;
  private Long editedVersion;
  private String name;
  private String categoryCode;
  private Priority priority;
  private String requesterGroup;
  private Long calendarId;
  private Integer responseMinutes;
  private Integer resolutionMinutes;
  private Integer warningPercent = SlaPolicy.DEFAULT_WARNING_PERCENT;
  private boolean active = true;
  private List<String> pausedStates = new ArrayList<>();

  @PostConstruct
  void init() {
    if (user.hasRole("ADMIN")) {
      reload();
    }
  }

  /** Sends 403 to anyone but an admin. */
  public void requireAdmin() throws IOException {
    if (!user.hasRole("ADMIN")) {
      Pages.forbidden();
    }
  }

  /** Fills the form with a policy to change it. */
  public void edit(PolicyView policy) {
    editedId = policy.id();
    editedVersion = policy.version();
    name = policy.name();
    categoryCode = policy.categoryCode();
    priority = policy.priority();
    requesterGroup = policy.requesterGroup();
    calendarId = policy.calendarId();
    responseMinutes = policy.responseMinutes();
    resolutionMinutes = policy.resolutionMinutes();
    warningPercent = policy.warningPercent();
    active = policy.active();
  }

  /** Empties the form for a new policy. */
  public void startNew() {
    editedId = null;
    editedVersion = null;
    name = null;
    categoryCode = null;
    priority = null;
    requesterGroup = null;
    calendarId = null;
    responseMinutes = null;
    resolutionMinutes = null;
    warningPercent = SlaPolicy.DEFAULT_WARNING_PERCENT;
    active = true;
  }

  /** Saves the form: a new policy or a change. */
  public void save() {
    PolicyDraft draft =
        new PolicyDraft(
            name,
            categoryCode,
            priority,
            requesterGroup,
            calendarId,
            responseMinutes == null ? 0 : responseMinutes,
            resolutionMinutes == null ? 0 : resolutionMinutes,
            warningPercent,
            active);
    PolicyView saved =
        editedId == null
            ? administration.createPolicy(draft)
            : administration.updatePolicy(editedId, editedVersion, draft);
    Texts.flashInfo("sla.policies.saved", saved.name());
    reload();
    edit(saved);
  }

  /** Saves the states that pause the resolution clock. */
  public void savePausedStates() {
    Set<RequestState> states = EnumSet.noneOf(RequestState.class);
    pausedStates.forEach(s -> states.add(RequestState.valueOf(s)));
    administration.changePausedStates(states);
    Texts.flashInfo("sla.paused.saved");
    reload();
  }

  private void reload() {
    policies = administration.policies();
    calendars = administration.calendars();
    categories = directory.categories();
    pausedStates =
        new ArrayList<>(administration.pausedStates().stream().map(Enum::name).sorted().toList());
  }

  public List<PolicyView> getPolicies() {
    return policies;
  }

  public List<CalendarView> getCalendars() {
    return calendars;
  }

  public List<CategoryRef> getCategories() {
    return categories;
  }

  public Priority[] getPriorities() {
    return Priority.values();
  }

  public List<RequestState> getPausableStates() {
    return SlaExplanations.pausableStates();
  }

  public Long getEditedId() {
    return editedId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public void setCategoryCode(String categoryCode) {
    this.categoryCode = categoryCode;
  }

  public Priority getPriority() {
    return priority;
  }

  public void setPriority(Priority priority) {
    this.priority = priority;
  }

  public String getRequesterGroup() {
    return requesterGroup;
  }

  public void setRequesterGroup(String requesterGroup) {
    this.requesterGroup = requesterGroup;
  }

  public Long getCalendarId() {
    return calendarId;
  }

  public void setCalendarId(Long calendarId) {
    this.calendarId = calendarId;
  }

  public Integer getResponseMinutes() {
    return responseMinutes;
  }

  public void setResponseMinutes(Integer responseMinutes) {
    this.responseMinutes = responseMinutes;
  }

  public Integer getResolutionMinutes() {
    return resolutionMinutes;
  }

  public void setResolutionMinutes(Integer resolutionMinutes) {
    this.resolutionMinutes = resolutionMinutes;
  }

  public Integer getWarningPercent() {
    return warningPercent;
  }

  public void setWarningPercent(Integer warningPercent) {
    this.warningPercent = warningPercent;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public List<String> getPausedStates() {
    return pausedStates;
  }

  public void setPausedStates(List<String> pausedStates) {
    this.pausedStates = pausedStates == null ? new ArrayList<>() : new ArrayList<>(pausedStates);
  }
}

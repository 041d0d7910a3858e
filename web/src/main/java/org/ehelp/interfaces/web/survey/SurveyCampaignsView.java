package org.ehelp.interfaces.web.survey;

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
import java.util.List;
import org.ehelp.application.CategoryRef;
import org.ehelp.application.DirectoryService;
import org.ehelp.application.survey.CampaignDraft;
import org.ehelp.application.survey.CampaignView;
import org.ehelp.application.survey.SurveyService;
import org.ehelp.domain.model.survey.SurveyKind;
import org.ehelp.interfaces.web.session.UserSession;
import org.ehelp.interfaces.web.support.Pages;
import org.ehelp.interfaces.web.support.Texts;

/**
 * The survey campaigns page of the call center and admins: the campaigns with their figures, and
 * the form that creates one. Questions are typed one per line, as described on the page.
 */
@Named
@ViewScoped
public class SurveyCampaignsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SurveyService surveys;

  @Inject private DirectoryService directory;

  @Inject private UserSession user;

  private List<CampaignView> campaigns;
  private List<CategoryRef> categories;
  private String title;
  private String intro;
  private SurveyKind kind = SurveyKind.PERIOD;
  private boolean anonymous;
  private LocalDateTime opensAt;
  private LocalDateTime closesAt;
  private LocalDateTime remindAt;
  private LocalDateTime closedFrom;
  private LocalDateTime closedUntil;
  private List<String> categoryCodes = new ArrayList<>();
  private int samplingPercent = 100;
  private String questions;

  @PostConstruct
  void init() {
    if (!isManager()) {
      return;
    }
    campaigns = surveys.campaigns();
    categories = directory.categories();
    LocalDateTime now = LocalDateTime.now(user.getZone()).truncatedTo(ChronoUnit.HOURS);
    opensAt = now;
    closesAt = now.plusDays(14);
    questions = Texts.format("survey.new.questionsExample");
  }

  /** Sends 403 to people outside the call center and the admins. */
  public void requireManager() throws IOException {
    if (!isManager()) {
      Pages.forbidden();
    }
  }

  private boolean isManager() {
    return user.isCallCenter() || user.isAdmin();
  }

  /** Creates the campaign typed in the form. */
  public String create() {
    ZoneId zone = user.getZone();
    CampaignDraft draft =
        new CampaignDraft(
            title,
            intro,
            kind,
            anonymous,
            instant(opensAt, zone),
            instant(closesAt, zone),
            instant(remindAt, zone),
            instant(closedFrom, zone),
            instant(closedUntil, zone),
            categoryCodes,
            List.of(),
            samplingPercent,
            QuestionLines.parse(questions));

    CampaignView created = surveys.create(draft);

    Texts.flashInfo("survey.new.created", created.title());
    return "/surveys/results?faces-redirect=true&id=" + created.id();
  }

  private static java.time.Instant instant(LocalDateTime time, ZoneId zone) {
    return time == null ? null : time.atZone(zone).toInstant();
  }

  public List<CampaignView> getCampaigns() {
    return campaigns;
  }

  public List<CategoryRef> getCategories() {
    return categories;
  }

  public SurveyKind[] getKinds() {
    return SurveyKind.values();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getIntro() {
    return intro;
  }

  public void setIntro(String intro) {
    this.intro = intro;
  }

  public SurveyKind getKind() {
    return kind;
  }

  public void setKind(SurveyKind kind) {
    this.kind = kind;
  }

  public boolean isAnonymous() {
    return anonymous;
  }

  public void setAnonymous(boolean anonymous) {
    this.anonymous = anonymous;
  }

  public LocalDateTime getOpensAt() {
    return opensAt;
  }

  public void setOpensAt(LocalDateTime opensAt) {
    this.opensAt = opensAt;
  }

  public LocalDateTime getClosesAt() {
    return closesAt;
  }

  public void setClosesAt(LocalDateTime closesAt) {
    this.closesAt = closesAt;
  }

  public LocalDateTime getRemindAt() {
    return remindAt;
  }

  public void setRemindAt(LocalDateTime remindAt) {
    this.remindAt = remindAt;
  }

  public LocalDateTime getClosedFrom() {
    return closedFrom;
  }

  public void setClosedFrom(LocalDateTime closedFrom) {
    this.closedFrom = closedFrom;
  }

  public LocalDateTime getClosedUntil() {
    return closedUntil;
  }

  public void setClosedUntil(LocalDateTime closedUntil) {
    this.closedUntil = closedUntil;
  }

  public List<String> getCategoryCodes() {
    return categoryCodes;
  }

  public void setCategoryCodes(List<String> categoryCodes) {
    this.categoryCodes = categoryCodes;
  }

  public int getSamplingPercent() {
    return samplingPercent;
  }

  public void setSamplingPercent(int samplingPercent) {
    this.samplingPercent = samplingPercent;
  }

  public String getQuestions() {
    return questions;
  }

  public void setQuestions(String questions) {
    this.questions = questions;
  }
}

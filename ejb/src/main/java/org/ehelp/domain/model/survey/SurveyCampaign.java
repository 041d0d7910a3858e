package org.ehelp.domain.model.survey;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.ehelp.domain.model.category.Category;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.request.ServiceRequest;

/**
 * A satisfaction survey campaign: the questionnaire, the requests it asks about, whether answers
 * are anonymous, when people may answer, and where the invitations and the one reminder stand.
 *
 * <p>The target is the requests closed between {@code closedFrom} and {@code closedUntil} (kind
 * PERIOD) or each request as it closes while the campaign is open (kind AFTER_CLOSE), in the chosen
 * categories and of the chosen technicians when any are chosen, kept at the sampling rate.
 */
@Entity
@Table(name = "survey_campaign")
public class SurveyCampaign {

  @Id
  @SequenceGenerator(
      name = "survey_campaign_seq",
      sequenceName = "survey_campaign_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_campaign_seq")
  private Long id;

  private String title;

  private String intro;

  @Enumerated(EnumType.STRING)
  private SurveyKind kind;

  private boolean anonymous;

  @Column(name = "opens_at")
  private Instant opensAt;

  @Column(name = "closes_at")
  private Instant closesAt;

  @Column(name = "closed_from")
  private Instant closedFrom;

  @Column(name = "closed_until")
  private Instant closedUntil;

  @Column(name = "sampling_percent")
  private int samplingPercent;

  @Column(name = "remind_at")
  private Instant remindAt;

  @Column(name = "invited_at")
  private Instant invitedAt;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  @ManyToOne
  @JoinColumn(name = "created_by")
  private Person createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @ManyToMany
  @JoinTable(
      name = "survey_campaign_category",
      joinColumns = @JoinColumn(name = "campaign_id"),
      inverseJoinColumns = @JoinColumn(name = "category_id"))
  private List<Category> categories = new ArrayList<>();

  @ManyToMany
  @JoinTable(
      name = "survey_campaign_technician",
      joinColumns = @JoinColumn(name = "campaign_id"),
      inverseJoinColumns = @JoinColumn(name = "person_id"))
  private List<Person> technicians = new ArrayList<>();

  @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<SurveyQuestion> questions = new ArrayList<>();

  @Version private long version;

  protected SurveyCampaign() {}

  /** A campaign; {@link #target} and {@link #ask} complete it. */
  public SurveyCampaign(
      String title,
      String intro,
      SurveyKind kind,
      boolean anonymous,
      Instant opensAt,
      Instant closesAt,
      Instant remindAt,
      Person createdBy,
      Instant createdAt) {
    this.title = title;
    this.intro = intro;
    this.kind = kind;
    this.anonymous = anonymous;
    this.opensAt = opensAt;
    this.closesAt = closesAt;
    this.remindAt = remindAt;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** Sets the requests the campaign asks about. */
  public void target(
      Instant from,
      Instant until,
      Collection<Category> inCategories,
      Collection<Person> ofTechnicians,
      int percent) {
    this.closedFrom = from;
    this.closedUntil = until;
    categories.clear();
    categories.addAll(inCategories);
    technicians.clear();
    technicians.addAll(ofTechnicians);
    this.samplingPercent = percent;
  }

  /** Adds a question at the end of the questionnaire. */
  public void ask(
      QuestionKind questionKind,
      String text,
      List<String> choices,
      Integer scaleMax,
      boolean mandatory) {
    questions.add(
        new SurveyQuestion(
            this, questions.size() + 1, questionKind, text, choices, scaleMax, mandatory));
  }

  /** Whether people may answer at that instant. */
  public boolean isOpenAt(Instant now) {
    return !opensAt.isAfter(now) && now.isBefore(closesAt);
  }

  /**
   * Whether a closed request is in the target: closed in the period for a PERIOD campaign, in a
   * chosen category and of a chosen technician when the campaign names any, and sampled.
   */
  public boolean targets(ServiceRequest request) {
    if (request.getClosedAt() == null) {
      return false;
    }
    if (kind == SurveyKind.PERIOD && !inPeriod(request.getClosedAt())) {
      return false;
    }
    if (!categories.isEmpty()
        && (request.getCategory() == null
            || categories.stream()
                .noneMatch(c -> c.getId().equals(request.getCategory().getId())))) {
      return false;
    }
    if (!technicians.isEmpty()
        && (request.getTechnician() == null
            || technicians.stream()
                .noneMatch(t -> t.getId().equals(request.getTechnician().getId())))) {
      return false;
    }
    return Sampling.sampled(id, request.getId(), samplingPercent);
  }

  private boolean inPeriod(Instant closedAt) {
    return (closedFrom == null || !closedAt.isBefore(closedFrom))
        && (closedUntil == null || closedAt.isBefore(closedUntil));
  }

  /** Records that the invitations went out. */
  public void markInvited(Instant now) {
    invitedAt = now;
  }

  /** Records that the one reminder went out. */
  public void markReminded(Instant now) {
    remindedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getIntro() {
    return intro;
  }

  public SurveyKind getKind() {
    return kind;
  }

  public boolean isAnonymous() {
    return anonymous;
  }

  public Instant getOpensAt() {
    return opensAt;
  }

  public Instant getClosesAt() {
    return closesAt;
  }

  public Instant getClosedFrom() {
    return closedFrom;
  }

  public Instant getClosedUntil() {
    return closedUntil;
  }

  public int getSamplingPercent() {
    return samplingPercent;
  }

  public Instant getRemindAt() {
    return remindAt;
  }

  public Instant getInvitedAt() {
    return invitedAt;
  }

  public Instant getRemindedAt() {
    return remindedAt;
  }

  public List<Category> getCategories() {
    return List.copyOf(categories);
  }

  public List<Person> getTechnicians() {
    return List.copyOf(technicians);
  }

  public List<SurveyQuestion> getQuestions() {
    return List.copyOf(questions);
  }

  public long getVersion() {
    return version;
  }
}

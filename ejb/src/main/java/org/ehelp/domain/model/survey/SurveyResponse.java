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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.ehelp.domain.model.category.Category;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.request.ServiceRequest;

/**
 * One person's answers to a campaign, with what the results are broken down by: the technician, the
 * category and the SLA outcome of the request asked about.
 *
 * <p>For an anonymous campaign it keeps no respondent and no request, and only the day it was
 * submitted, so that nothing in the response leads back to the person.
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

  @Id
  @SequenceGenerator(
      name = "survey_response_seq",
      sequenceName = "survey_response_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_response_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "campaign_id")
  private SurveyCampaign campaign;

  @ManyToOne
  @JoinColumn(name = "respondent_id")
  private Person respondent;

  @ManyToOne
  @JoinColumn(name = "request_id")
  private ServiceRequest request;

  @ManyToOne
  @JoinColumn(name = "technician_id")
  private Person technician;

  @ManyToOne
  @JoinColumn(name = "category_id")
  private Category category;

  @Enumerated(EnumType.STRING)
  @Column(name = "sla_outcome")
  private SlaOutcome slaOutcome;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @OneToMany(mappedBy = "response", cascade = CascadeType.ALL)
  private List<SurveyAnswer> answers = new ArrayList<>();

  protected SurveyResponse() {}

  /** A response to an invitation; anonymous campaigns drop the person, request and time of day. */
  public SurveyResponse(SurveyInvitation invitation, SlaOutcome slaOutcome, Instant submittedAt) {
    SurveyCampaign asked = invitation.getCampaign();
    ServiceRequest about = invitation.getRequest();
    this.campaign = asked;
    this.respondent = asked.isAnonymous() ? null : invitation.getPerson();
    this.request = asked.isAnonymous() ? null : about;
    this.technician = about.getTechnician();
    this.category = about.getCategory();
    this.slaOutcome = slaOutcome;
    this.submittedAt = asked.isAnonymous() ? submittedAt.truncatedTo(ChronoUnit.DAYS) : submittedAt;
  }

  /** Adds the answer to one question. */
  public void answer(SurveyQuestion question, Integer rating, String choice, String text) {
    answers.add(new SurveyAnswer(this, question, rating, choice, text));
  }

  public Long getId() {
    return id;
  }

  public SurveyCampaign getCampaign() {
    return campaign;
  }

  public Person getRespondent() {
    return respondent;
  }

  public ServiceRequest getRequest() {
    return request;
  }

  public Person getTechnician() {
    return technician;
  }

  public Category getCategory() {
    return category;
  }

  public SlaOutcome getSlaOutcome() {
    return slaOutcome;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public List<SurveyAnswer> getAnswers() {
    return List.copyOf(answers);
  }
}

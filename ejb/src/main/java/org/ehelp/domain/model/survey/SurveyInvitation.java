package org.ehelp.domain.model.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.request.ServiceRequest;

/**
 * An invitation to answer a campaign about one closed request. Whether it was answered is kept in
 * {@link SurveyParticipation}, apart from the answers.
 */
@Entity
@Table(name = "survey_invitation")
public class SurveyInvitation {

  @Id
  @SequenceGenerator(
      name = "survey_invitation_seq",
      sequenceName = "survey_invitation_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_invitation_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "campaign_id")
  private SurveyCampaign campaign;

  @ManyToOne(optional = false)
  @JoinColumn(name = "person_id")
  private Person person;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id")
  private ServiceRequest request;

  @Column(name = "invited_at")
  private Instant invitedAt;

  protected SurveyInvitation() {}

  public SurveyInvitation(
      SurveyCampaign campaign, Person person, ServiceRequest request, Instant invitedAt) {
    this.campaign = campaign;
    this.person = person;
    this.request = request;
    this.invitedAt = invitedAt;
  }

  public Long getId() {
    return id;
  }

  public SurveyCampaign getCampaign() {
    return campaign;
  }

  public Person getPerson() {
    return person;
  }

  public ServiceRequest getRequest() {
    return request;
  }

  public Instant getInvitedAt() {
    return invitedAt;
  }
}

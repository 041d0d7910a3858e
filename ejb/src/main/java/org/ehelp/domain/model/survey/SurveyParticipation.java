package org.ehelp.domain.model.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The fact that an invitation was answered, and nothing else: no time and no link to the response,
 * so that the answers of an anonymous campaign cannot be joined back to the person. Its primary key
 * makes a second answer to the same invitation fail.
 */
@Entity
@Table(name = "survey_participation")
public class SurveyParticipation {

  @Id
  @Column(name = "invitation_id")
  private Long invitationId;

  protected SurveyParticipation() {}

  public SurveyParticipation(long invitationId) {
    this.invitationId = invitationId;
  }

  public Long getInvitationId() {
    return invitationId;
  }
}

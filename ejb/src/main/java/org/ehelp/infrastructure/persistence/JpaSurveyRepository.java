package org.ehelp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ehelp.domain.model.request.RequestState;
import org.ehelp.domain.model.request.ServiceRequest;
import org.ehelp.domain.model.survey.SurveyCampaign;
import org.ehelp.domain.model.survey.SurveyInvitation;
import org.ehelp.domain.model.survey.SurveyKind;
import org.ehelp.domain.model.survey.SurveyParticipation;
import org.ehelp.domain.model.survey.SurveyRepository;
import org.ehelp.domain.model.survey.SurveyResponse;

@ApplicationScoped
public class JpaSurveyRepository implements SurveyRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(SurveyCampaign campaign) {
    em.persist(campaign);
  }

  @Override
  public Optional<SurveyCampaign> findCampaign(long id) {
    return Optional.ofNullable(em.find(SurveyCampaign.class, id));
  }

  @Override
  public List<SurveyCampaign> findCampaigns() {
    return em.createQuery(
            "SELECT c FROM SurveyCampaign c ORDER BY c.opensAt DESC, c.id DESC",
            SurveyCampaign.class)
        .getResultList();
  }

  @Override
  public List<SurveyCampaign> findDueForInvitations(Instant now) {
    return em.createQuery(
            "SELECT c FROM SurveyCampaign c WHERE c.kind = :kind AND c.invitedAt IS NULL"
                + " AND c.opensAt <= :now AND c.closesAt > :now ORDER BY c.id",
            SurveyCampaign.class)
        .setParameter("kind", SurveyKind.PERIOD)
        .setParameter("now", now)
        .getResultList();
  }

  @Override
  public List<SurveyCampaign> findDueForReminder(Instant now) {
    return em.createQuery(
            "SELECT c FROM SurveyCampaign c WHERE c.remindAt <= :now AND c.remindedAt IS NULL"
                + " AND c.opensAt <= :now AND c.closesAt > :now ORDER BY c.id",
            SurveyCampaign.class)
        .setParameter("now", now)
        .getResultList();
  }

  @Override
  public List<SurveyCampaign> findOpenAfterClose(Instant now) {
    return em.createQuery(
            "SELECT c FROM SurveyCampaign c WHERE c.kind = :kind"
                + " AND c.opensAt <= :now AND c.closesAt > :now",
            SurveyCampaign.class)
        .setParameter("kind", SurveyKind.AFTER_CLOSE)
        .setParameter("now", now)
        .getResultList();
  }

  @Override
  public List<ServiceRequest> findClosedBetween(Instant from, Instant until) {
    StringBuilder jpql =
        new StringBuilder("SELECT r FROM ServiceRequest r WHERE r.state = :closed");
    if (from != null) {
      jpql.append(" AND r.closedAt >= :from");
    }
    if (until != null) {
      jpql.append(" AND r.closedAt < :until");
    }
    TypedQuery<ServiceRequest> query =
        em.createQuery(jpql.append(" ORDER BY r.closedAt, r.id").toString(), ServiceRequest.class)
            .setParameter("closed", RequestState.CLOSED);
    if (from != null) {
      query.setParameter("from", from);
    }
    if (until != null) {
      query.setParameter("until", until);
    }
    return query.getResultList();
  }

  @Override
  public void add(SurveyInvitation invitation) {
    em.persist(invitation);
  }

  @Override
  public Optional<SurveyInvitation> findInvitation(long id) {
    return Optional.ofNullable(em.find(SurveyInvitation.class, id));
  }

  @Override
  public boolean isInvited(long campaignId, long requestId) {
    return !em.createQuery(
            "SELECT i.id FROM SurveyInvitation i"
                + " WHERE i.campaign.id = :campaign AND i.request.id = :request",
            Long.class)
        .setParameter("campaign", campaignId)
        .setParameter("request", requestId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<SurveyInvitation> findInvitations(long campaignId) {
    return em.createQuery(
            "SELECT i FROM SurveyInvitation i WHERE i.campaign.id = :campaign ORDER BY i.id",
            SurveyInvitation.class)
        .setParameter("campaign", campaignId)
        .getResultList();
  }

  @Override
  public List<SurveyInvitation> findOpenInvitations(long personId, Instant now) {
    return em.createQuery(
            "SELECT i FROM SurveyInvitation i WHERE i.person.id = :person"
                + " AND i.campaign.opensAt <= :now AND i.campaign.closesAt > :now"
                + " AND NOT EXISTS (SELECT p FROM SurveyParticipation p"
                + " WHERE p.invitationId = i.id)"
                + " ORDER BY i.invitedAt, i.id",
            SurveyInvitation.class)
        .setParameter("person", personId)
        .setParameter("now", now)
        .getResultList();
  }

  @Override
  public boolean isAnswered(long invitationId) {
    return em.find(SurveyParticipation.class, invitationId) != null;
  }

  @Override
  public void add(SurveyParticipation participation) {
    em.persist(participation);
  }

  @Override
  public void add(SurveyResponse response) {
    em.persist(response);
  }

  @Override
  public List<SurveyResponse> findResponses(long campaignId) {
    return em.createQuery(
            "SELECT r FROM SurveyResponse r WHERE r.campaign.id = :campaign ORDER BY r.id",
            SurveyResponse.class)
        .setParameter("campaign", campaignId)
        .getResultList();
  }

  @Override
  public void flush() {
    em.flush();
  }
}

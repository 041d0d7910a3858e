package org.ehelp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ehelp.domain.model.notification.OutboxMail;
import org.ehelp.domain.model.notification.OutboxRepository;
import org.ehelp.domain.model.notification.OutboxState;

@ApplicationScoped
public class JpaOutboxRepository implements OutboxRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(OutboxMail mail) {
    em.persist(mail);
  }

  @Override
  public boolean exists(String eventKey, String toAddress) {
    return !em.createQuery(
            "SELECT o.id FROM OutboxMail o WHERE o.eventKey = :event AND o.toAddress = :to",
            Long.class)
        .setParameter("event", eventKey)
        .setParameter("to", toAddress)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Optional<OutboxMail> findById(long id) {
    return Optional.ofNullable(em.find(OutboxMail.class, id));
  }

  @Override
  public Optional<OutboxMail> findForUpdate(long id) {
    return Optional.ofNullable(em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Long> findDue(Instant now, int limit) {
    return em.createQuery(
            "SELECT o.id FROM OutboxMail o WHERE (o.state = :pending AND o.nextAttemptAt <= :now)"
                + " OR (o.state = :sending AND o.leaseUntil < :now) ORDER BY o.nextAttemptAt, o.id",
            Long.class)
        .setParameter("pending", OutboxState.PENDING)
        .setParameter("sending", OutboxState.SENDING)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<OutboxMail> list(OutboxState state, Long requestId, int offset, int limit) {
    TypedQuery<OutboxMail> query =
        em.createQuery(
            "SELECT o FROM OutboxMail o"
                + where(state, requestId)
                + " ORDER BY o.createdAt DESC, o.id DESC",
            OutboxMail.class);
    bind(query, state, requestId);
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public long count(OutboxState state, Long requestId) {
    TypedQuery<Long> query =
        em.createQuery("SELECT COUNT(o) FROM OutboxMail o" + where(state, requestId), Long.class);
    bind(query, state, requestId);
    return query.getSingleResult();
  }

  private static String where(OutboxState state, Long requestId) {
    List<String> conditions = new ArrayList<>();
    if (state != null) {
      conditions.add("o.state = :state");
    }
    if (requestId != null) {
      conditions.add("o.requestId = :requestId");
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static void bind(TypedQuery<?> query, OutboxState state, Long requestId) {
    if (state != null) {
      query.setParameter("state", state);
    }
    if (requestId != null) {
      query.setParameter("requestId", requestId);
    }
  }
}

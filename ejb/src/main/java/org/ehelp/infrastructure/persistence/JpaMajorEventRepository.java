package org.ehelp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ehelp.domain.model.majorevent.AttachedRequest;
import org.ehelp.domain.model.majorevent.MajorEvent;
import org.ehelp.domain.model.majorevent.MajorEventRepository;

@ApplicationScoped
public class JpaMajorEventRepository implements MajorEventRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(MajorEvent event) {
    em.persist(event);
  }

  @Override
  public Optional<MajorEvent> findById(long id) {
    return Optional.ofNullable(em.find(MajorEvent.class, id));
  }

  @Override
  public List<MajorEvent> findCurrent(Instant now) {
    return em.createQuery(
            "SELECT e FROM MajorEvent e WHERE e.startsAt <= :now"
                + " AND ((e.endedAt IS NULL AND (e.expectedEndAt IS NULL OR e.expectedEndAt > :now))"
                + " OR e.endedAt > :now)"
                + " ORDER BY e.startsAt, e.id",
            MajorEvent.class)
        .setParameter("now", now)
        .getResultList();
  }

  @Override
  public List<MajorEvent> findLatest(int limit) {
    return em.createQuery(
            "SELECT e FROM MajorEvent e ORDER BY e.startsAt DESC, e.id DESC", MajorEvent.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<Long> findAllIds() {
    return em.createQuery("SELECT e.id FROM MajorEvent e ORDER BY e.id", Long.class)
        .getResultList();
  }

  @Override
  public void attach(AttachedRequest attached) {
    em.persist(attached);
  }

  @Override
  public List<AttachedRequest> findAttached(long eventId) {
    return em.createQuery(
            "SELECT a FROM AttachedRequest a WHERE a.event.id = :event"
                + " ORDER BY a.attachedAt, a.id",
            AttachedRequest.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  @Override
  public List<Long> findAttachedIds(long eventId, List<Long> requestIds) {
    if (requestIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT a.request.id FROM AttachedRequest a"
                + " WHERE a.event.id = :event AND a.request.id IN :requests",
            Long.class)
        .setParameter("event", eventId)
        .setParameter("requests", requestIds)
        .getResultList();
  }

  @Override
  public List<MajorEvent> findByRequest(long requestId) {
    return em.createQuery(
            "SELECT a.event FROM AttachedRequest a WHERE a.request.id = :request"
                + " ORDER BY a.event.startsAt DESC",
            MajorEvent.class)
        .setParameter("request", requestId)
        .getResultList();
  }

  @Override
  public Map<Long, Long> countAttached(List<Long> eventIds) {
    Map<Long, Long> counts = new HashMap<>();
    if (eventIds.isEmpty()) {
      return counts;
    }
    List<Object[]> rows =
        em.createQuery(
                "SELECT a.event.id, COUNT(a) FROM AttachedRequest a"
                    + " WHERE a.event.id IN :events GROUP BY a.event.id",
                Object[].class)
            .setParameter("events", eventIds)
            .getResultList();
    for (Object[] row : rows) {
      counts.put((Long) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }
}

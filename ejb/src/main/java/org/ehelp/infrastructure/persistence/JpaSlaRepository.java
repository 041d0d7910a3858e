package org.ehelp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ehelp.domain.model.request.Priority;
import org.ehelp.domain.model.request.RequestState;
import org.ehelp.domain.model.sla.ClockStatus;
import org.ehelp.domain.model.sla.RequestSla;
import org.ehelp.domain.model.sla.SlaAlert;
import org.ehelp.domain.model.sla.SlaCalendar;
import org.ehelp.domain.model.sla.SlaCheckRun;
import org.ehelp.domain.model.sla.SlaLevel;
import org.ehelp.domain.model.sla.SlaPolicy;
import org.ehelp.domain.model.sla.SlaRepository;
import org.ehelp.domain.model.sla.SlaSnapshot;
import org.ehelp.domain.model.sla.SlaTarget;
import org.ehelp.domain.model.sla.Threshold;

@ApplicationScoped
public class JpaSlaRepository implements SlaRepository {

  private static final Set<RequestState> FINAL =
      EnumSet.of(RequestState.CLOSED, RequestState.REJECTED);

  /** Selects the open requests, for the bulk updates that ask for a recomputation. */
  private static final String OPEN_REQUESTS =
      "s.requestId IN (SELECT r.id FROM ServiceRequest r WHERE r.state NOT IN :final";

  /** The app_setting key of the states that pause the resolution clock (comma-separated). */
  private static final String PAUSED_STATES_KEY = "sla.paused-states";

  @PersistenceContext private EntityManager em;

  @Override
  public List<SlaCalendar> calendars() {
    return em.createQuery("SELECT c FROM SlaCalendar c ORDER BY c.name", SlaCalendar.class)
        .getResultList();
  }

  @Override
  public Optional<SlaCalendar> findCalendar(long id) {
    return Optional.ofNullable(em.find(SlaCalendar.class, id));
  }

  @Override
  public Optional<SlaCalendar> findCalendarByName(String name) {
    return em.createQuery("SELECT c FROM SlaCalendar c WHERE c.name = :name", SlaCalendar.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<SlaCalendar> findDefaultCalendar() {
    return em.createQuery(
            "SELECT c FROM SlaCalendar c WHERE c.defaultCalendar = TRUE ORDER BY c.id",
            SlaCalendar.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(SlaCalendar calendar) {
    em.persist(calendar);
  }

  @Override
  public void remove(SlaCalendar calendar) {
    em.remove(calendar);
  }

  @Override
  public boolean isInUse(SlaCalendar calendar) {
    boolean byPolicy =
        !em.createQuery("SELECT p.id FROM SlaPolicy p WHERE p.calendar = :c", Long.class)
            .setParameter("c", calendar)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    return byPolicy
        || !em.createQuery(
                "SELECT s.requestId FROM RequestSla s WHERE s.calendarId = :c", Long.class)
            .setParameter("c", calendar.getId())
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
  }

  @Override
  public List<SlaPolicy> policies() {
    return em.createQuery("SELECT p FROM SlaPolicy p ORDER BY p.name", SlaPolicy.class)
        .getResultList();
  }

  @Override
  public Optional<SlaPolicy> findPolicy(long id) {
    return Optional.ofNullable(em.find(SlaPolicy.class, id));
  }

  @Override
  public Optional<SlaPolicy> findPolicyByName(String name) {
    return em.createQuery("SELECT p FROM SlaPolicy p WHERE p.name = :name", SlaPolicy.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(SlaPolicy policy) {
    em.persist(policy);
  }

  @Override
  public void flushChanges() {
    em.flush();
  }

  @Override
  public Optional<RequestSla> findRequestSla(long requestId) {
    return Optional.ofNullable(em.find(RequestSla.class, requestId));
  }

  @Override
  public Map<Long, SlaSnapshot> findSnapshots(Collection<Long> requestIds) {
    if (requestIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "SELECT NEW org.ehelp.domain.model.sla.SlaSnapshot(s.requestId, s.policyId, s.level,"
                + " s.dueAt, s.response.status, s.resolution.status)"
                + " FROM RequestSla s WHERE s.requestId IN :ids",
            SlaSnapshot.class)
        .setParameter("ids", requestIds)
        .getResultStream()
        .collect(Collectors.toMap(SlaSnapshot::requestId, s -> s, (a, b) -> a, HashMap::new));
  }

  @Override
  public void add(RequestSla sla) {
    em.persist(sla);
  }

  @Override
  public List<Long> findDueForCheck(Instant now, Collection<Long> only, int limit) {
    String restriction = only.isEmpty() ? "" : " AND s.requestId IN :only";
    TypedQuery<Long> query =
        em.createQuery(
                "SELECT s.requestId FROM RequestSla s WHERE s.nextCheckAt <= :now"
                    + restriction
                    + " ORDER BY s.nextCheckAt",
                Long.class)
            .setParameter("now", now)
            .setMaxResults(limit);
    if (!only.isEmpty()) {
      query.setParameter("only", only);
    }
    return query.getResultList();
  }

  @Override
  public Optional<RequestSla> lockRequestSla(long requestId) {
    return Optional.ofNullable(
        em.find(RequestSla.class, requestId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public int markStaleByCalendar(long calendarId) {
    return em.createQuery(
            "UPDATE RequestSla s SET s.stale = TRUE, s.nextCheckAt = :epoch"
                + " WHERE s.calendarId = :calendar AND "
                + OPEN_REQUESTS
                + ")")
        .setParameter("epoch", Instant.EPOCH)
        .setParameter("calendar", calendarId)
        .setParameter("final", FINAL)
        .executeUpdate();
  }

  @Override
  public int markStaleMatching(Long categoryId, Priority priority) {
    StringBuilder jpql =
        new StringBuilder(
            "UPDATE RequestSla s SET s.stale = TRUE, s.nextCheckAt = :epoch WHERE "
                + OPEN_REQUESTS);
    if (categoryId != null) {
      jpql.append(" AND r.category.id = :category");
    }
    if (priority != null) {
      jpql.append(" AND r.priority = :priority");
    }
    jpql.append(")");
    var query =
        em.createQuery(jpql.toString())
            .setParameter("epoch", Instant.EPOCH)
            .setParameter("final", FINAL);
    if (categoryId != null) {
      query.setParameter("category", categoryId);
    }
    if (priority != null) {
      query.setParameter("priority", priority);
    }
    return query.executeUpdate();
  }

  @Override
  public int markAllOpenStale() {
    return em.createQuery(
            "UPDATE RequestSla s SET s.stale = TRUE, s.nextCheckAt = :epoch WHERE "
                + OPEN_REQUESTS
                + ")")
        .setParameter("epoch", Instant.EPOCH)
        .setParameter("final", FINAL)
        .executeUpdate();
  }

  @Override
  public Optional<Set<RequestState>> pausedStates() {
    List<?> values =
        em.createNativeQuery("SELECT setting_value FROM app_setting WHERE setting_key = ?")
            .setParameter(1, PAUSED_STATES_KEY)
            .getResultList();
    if (values.isEmpty()) {
      return Optional.empty();
    }
    Set<RequestState> states = EnumSet.noneOf(RequestState.class);
    for (String name : values.get(0).toString().split(",")) {
      if (!name.isBlank()) {
        states.add(RequestState.valueOf(name.strip()));
      }
    }
    return Optional.of(states);
  }

  @Override
  public void savePausedStates(Set<RequestState> states) {
    String value = states.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    int updated =
        em.createNativeQuery("UPDATE app_setting SET setting_value = ? WHERE setting_key = ?")
            .setParameter(1, value)
            .setParameter(2, PAUSED_STATES_KEY)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery("INSERT INTO app_setting (setting_key, setting_value) VALUES (?, ?)")
          .setParameter(1, PAUSED_STATES_KEY)
          .setParameter(2, value)
          .executeUpdate();
    }
  }

  @Override
  public boolean alertExists(long requestId, SlaTarget target, Threshold threshold) {
    return !em.createQuery(
            "SELECT a.id FROM SlaAlert a WHERE a.requestId = :r AND a.target = :t"
                + " AND a.threshold = :h",
            Long.class)
        .setParameter("r", requestId)
        .setParameter("t", target)
        .setParameter("h", threshold)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void add(SlaAlert alert) {
    em.persist(alert);
  }

  @Override
  public List<SlaAlert> alertsOf(long requestId) {
    return em.createQuery(
            "SELECT a FROM SlaAlert a WHERE a.requestId = :r ORDER BY a.raisedAt, a.id",
            SlaAlert.class)
        .setParameter("r", requestId)
        .getResultList();
  }

  @Override
  public List<SlaAlert> alertsSince(Instant since, int limit) {
    return em.createQuery(
            "SELECT a FROM SlaAlert a WHERE a.raisedAt >= :since ORDER BY a.raisedAt DESC, a.id"
                + " DESC",
            SlaAlert.class)
        .setParameter("since", since)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public SlaCheckRun lockCheckRun() {
    return em.find(SlaCheckRun.class, SlaCheckRun.ID, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public SlaCheckRun checkRun() {
    return em.find(SlaCheckRun.class, SlaCheckRun.ID);
  }

  @Override
  public Stream<ReportFact> reportFacts(Instant from, Instant to) {
    List<Object[]> rows =
        em.createQuery(
                "SELECT r.id, r.createdAt, c.code, c.name, t.displayName,"
                    + " s.response.status, s.resolution.status, s.level,"
                    + " s.heldCallCenterSeconds, s.heldTechnicianSeconds,"
                    + " s.heldResponsibleSeconds, s.heldRequesterSeconds"
                    + " FROM RequestSla s JOIN s.request r LEFT JOIN r.category c"
                    + " LEFT JOIN r.technician t"
                    + " WHERE r.createdAt >= :from AND r.createdAt < :to AND s.policyId IS NOT NULL",
                Object[].class)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new ReportFact(
                    (Long) row[0],
                    (Instant) row[1],
                    (String) row[2],
                    (String) row[3],
                    (String) row[4],
                    (ClockStatus) row[5],
                    (ClockStatus) row[6],
                    (SlaLevel) row[7],
                    ((Number) row[8]).longValue(),
                    ((Number) row[9]).longValue(),
                    ((Number) row[10]).longValue(),
                    ((Number) row[11]).longValue()));
  }
}

package org.ehelp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.model.request.ApprovalDecision;
import org.ehelp.domain.model.request.IdempotencyRecord;
import org.ehelp.domain.model.request.RequestFilter;
import org.ehelp.domain.model.request.RequestListing;
import org.ehelp.domain.model.request.RequestNumber;
import org.ehelp.domain.model.request.RequestOrder;
import org.ehelp.domain.model.request.RequestRepository;
import org.ehelp.domain.model.request.RequestSort;
import org.ehelp.domain.model.request.RequestState;
import org.ehelp.domain.model.request.ServiceRequest;
import org.ehelp.domain.model.request.TaskState;
import org.ehelp.domain.model.sla.SlaLevel;

@ApplicationScoped
public class JpaRequestRepository implements RequestRepository {

  private static final Set<RequestState> OPEN_FOR_TECHNICIAN =
      Set.of(
          RequestState.DISPATCHED,
          RequestState.IN_PROGRESS,
          RequestState.AWAITING_APPROVAL,
          RequestState.ON_HOLD);

  private static final String SLA_JOIN = " LEFT JOIN RequestSla s ON s.request = r";

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<ServiceRequest> findById(long id) {
    return Optional.ofNullable(em.find(ServiceRequest.class, id));
  }

  @Override
  public Optional<ServiceRequest> findForUpdate(long id) {
    return Optional.ofNullable(em.find(ServiceRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public boolean existsByExternalRef(String externalRef) {
    return !em.createQuery(
            "SELECT r.id FROM ServiceRequest r WHERE r.externalRef = :ref", Long.class)
        .setParameter("ref", externalRef)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void add(ServiceRequest request) {
    em.persist(request);
  }

  @Override
  public Optional<Long> findByIdempotencyKey(long personId, String key) {
    return em.createQuery(
            "SELECT i.requestId FROM IdempotencyRecord i WHERE i.personId = :p AND i.key = :k",
            Long.class)
        .setParameter("p", personId)
        .setParameter("k", key)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void rememberIdempotencyKey(IdempotencyRecord record) {
    em.persist(record);
    em.flush();
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public List<ServiceRequest> list(
      RequestFilter filter, Set<String> readerKeys, Cursor after, int limit) {
    Where where = where(filter, readerKeys);
    boolean byDue = filter.order() == RequestOrder.SLA_DUE;
    if (after != null && byDue) {
      where.and(
          after.at() == null
              ? "(s.dueAt IS NULL AND r.id > :afterId)"
              : "(s.dueAt > :afterAt OR (s.dueAt = :afterAt AND r.id > :afterId)"
                  + " OR s.dueAt IS NULL)");
      if (after.at() != null) {
        where.parameters.put("afterAt", after.at());
      }
      where.parameters.put("afterId", after.id());
    } else if (after != null) {
      where.and("(r.createdAt < :afterAt OR (r.createdAt = :afterAt AND r.id < :afterId))");
      where.parameters.put("afterAt", after.at());
      where.parameters.put("afterId", after.id());
    }
    String order =
        byDue
            ? " ORDER BY s.dueAt ASC NULLS LAST, r.id ASC"
            : " ORDER BY r.createdAt DESC, r.id DESC";
    TypedQuery<ServiceRequest> query =
        em.createQuery(
            "SELECT r FROM ServiceRequest r" + join(filter) + where + order, ServiceRequest.class);
    where.parameters.forEach(query::setParameter);
    return query.setMaxResults(limit).getResultList();
  }

  @Override
  public List<RequestListing> listing(
      RequestFilter filter, Set<String> readerKeys, RequestSort sort, int offset, int limit) {
    Where where = where(filter, readerKeys);
    TypedQuery<RequestListing> query =
        em.createQuery(
            "SELECT NEW org.ehelp.domain.model.request.RequestListing(r.id, r.title, r.state,"
                + " r.priority, r.channel, c.code, c.name, q.id, q.login, q.displayName, q.email,"
                + " t.id, t.login, t.displayName, t.email, r.createdAt, r.updatedAt, r.version)"
                + " FROM ServiceRequest r JOIN r.requester q LEFT JOIN r.category c"
                + " LEFT JOIN r.technician t"
                + (sort.field() == RequestSort.Field.SLA ? SLA_JOIN : join(filter))
                + where
                + orderBy(sort),
            RequestListing.class);
    where.parameters.forEach(query::setParameter);
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  private static String orderBy(RequestSort sort) {
    String direction = sort.descending() ? " DESC" : " ASC";
    String column =
        switch (sort.field()) {
          case NUMBER -> "r.id";
          case TITLE -> "r.title";
          case STATE -> "r.state";
          case PRIORITY -> "r.priority";
          case CATEGORY -> "c.name";
          case REQUESTER -> "q.displayName";
          case TECHNICIAN -> "t.displayName";
          case CREATED -> "r.createdAt";
          case UPDATED -> "r.updatedAt";
          case SLA -> "s.dueAt";
        };
    return switch (sort.field()) {
      case NUMBER -> " ORDER BY r.id" + direction;
      case CREATED, UPDATED -> " ORDER BY " + column + direction + ", r.id" + direction;
      case SLA -> " ORDER BY " + column + direction + " NULLS LAST, r.priority ASC, r.id ASC";
      default -> " ORDER BY " + column + direction + ", r.id ASC";
    };
  }

  @Override
  public long count(RequestFilter filter, Set<String> readerKeys) {
    Where where = where(filter, readerKeys);
    TypedQuery<Long> query =
        em.createQuery("SELECT COUNT(r) FROM ServiceRequest r" + join(filter) + where, Long.class);
    where.parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  @Override
  public List<Long> findDueForResume(Instant now, int limit) {
    return em.createQuery(
            "SELECT r.id FROM ServiceRequest r WHERE r.resumeAt <= :now AND r.state = :state"
                + " ORDER BY r.resumeAt",
            Long.class)
        .setParameter("now", now)
        .setParameter("state", RequestState.ON_HOLD)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<Long> findDueForClosing(Instant acceptedBefore, int limit) {
    return em.createQuery(
            "SELECT r.id FROM ServiceRequest r WHERE r.acceptedAt <= :before AND r.state = :state"
                + " ORDER BY r.acceptedAt",
            Long.class)
        .setParameter("before", acceptedBefore)
        .setParameter("state", RequestState.ACCEPTED)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Map<Long, Instant> findAwaitingValidation(
      Instant sentBefore, boolean unremindedOnly, int limit) {
    String unreminded =
        unremindedOnly
            ? " AND (r.validationRemindedAt IS NULL"
                + " OR r.validationRemindedAt < r.validationSentAt)"
            : "";
    List<Object[]> rows =
        em.createQuery(
                "SELECT r.id, r.validationSentAt FROM ServiceRequest r WHERE r.state = :state"
                    + " AND r.validationSentAt <= :before"
                    + unreminded
                    + " ORDER BY r.validationSentAt, r.id",
                Object[].class)
            .setParameter("state", RequestState.AWAITING_VALIDATION)
            .setParameter("before", sentBefore)
            .setMaxResults(limit)
            .getResultList();
    Map<Long, Instant> sent = new LinkedHashMap<>();
    rows.forEach(row -> sent.put((Long) row[0], (Instant) row[1]));
    return sent;
  }

  @Override
  public Map<Long, Long> openLoadByTechnician() {
    List<Object[]> rows =
        em.createQuery(
                "SELECT r.technician.id, COUNT(r) FROM ServiceRequest r"
                    + " WHERE r.state IN :states GROUP BY r.technician.id",
                Object[].class)
            .setParameter("states", OPEN_FOR_TECHNICIAN)
            .getResultList();
    return rows.stream()
        .collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).longValue()));
  }

  /** Joins each request's SLA when the filter or the order needs it. */
  private static String join(RequestFilter filter) {
    boolean needed = !filter.slaLevels().isEmpty() || filter.order() == RequestOrder.SLA_DUE;
    return needed ? SLA_JOIN : "";
  }

  private static Where where(RequestFilter filter, Set<String> readerKeys) {
    Where where = new Where();
    if (!filter.slaLevels().isEmpty()) {
      where.and(
          filter.slaLevels().contains(SlaLevel.NONE)
              ? "(s.level IN :slaLevels OR s.level IS NULL)"
              : "s.level IN :slaLevels");
      where.parameters.put("slaLevels", filter.slaLevels());
    }
    if (!readerKeys.isEmpty()) {
      where.and(
          "EXISTS (SELECT x.id FROM ServiceRequest x JOIN x.accessKeys k"
              + " WHERE x.id = r.id AND k IN :keys)");
      where.parameters.put("keys", readerKeys);
    }
    if (!filter.states().isEmpty()) {
      where.and("r.state IN :states");
      where.parameters.put("states", filter.states());
    }
    if (filter.requesterId() != null) {
      where.and(
          filter.requesterOnly()
              ? "r.requester.id = :requesterId"
              : "(r.requester.id = :requesterId OR r.filer.id = :requesterId)");
      where.parameters.put("requesterId", filter.requesterId());
    }
    if (filter.technicianId() != null) {
      where.and("r.technician.id = :technicianId");
      where.parameters.put("technicianId", filter.technicianId());
    }
    if (filter.approverId() != null) {
      where.and(
          "EXISTS (SELECT a.id FROM Approval a WHERE a.request = r"
              + " AND a.responsible.id = :approverId AND a.decision = :pendingDecision)");
      where.parameters.put("approverId", filter.approverId());
      where.parameters.put("pendingDecision", ApprovalDecision.PENDING);
    }
    if (filter.contributorId() != null) {
      where.and(
          "EXISTS (SELECT t.id FROM Task t WHERE t.request = r"
              + " AND t.contributor.id = :contributorId AND t.state IN :pendingTaskStates)");
      where.parameters.put("contributorId", filter.contributorId());
      where.parameters.put("pendingTaskStates", Set.of(TaskState.OPEN, TaskState.STARTED));
    }
    if (filter.categoryCode() != null && !filter.categoryCode().isBlank()) {
      where.and("r.category.code = :categoryCode");
      where.parameters.put("categoryCode", filter.categoryCode());
    }
    if (filter.createdFrom() != null) {
      where.and("r.createdAt >= :createdFrom");
      where.parameters.put("createdFrom", filter.createdFrom());
    }
    if (filter.createdTo() != null) {
      where.and("r.createdAt < :createdTo");
      where.parameters.put("createdTo", filter.createdTo());
    }
    if (!filter.priorities().isEmpty()) {
      where.and("r.priority IN :priorities");
      where.parameters.put("priorities", filter.priorities());
    }
    if (!filter.supportGroupIds().isEmpty()) {
      where.and("r.supportGroup.id IN :supportGroupIds");
      where.parameters.put("supportGroupIds", filter.supportGroupIds());
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      String text = filter.text().strip();
      Long number = requestNumber(text);
      if (number == null) {
        where.and("LOWER(r.title) LIKE :text");
      } else {
        where.and("(LOWER(r.title) LIKE :text OR r.id = :number)");
        where.parameters.put("number", number);
      }
      where.parameters.put("text", "%" + text.toLowerCase(Locale.ROOT) + "%");
    }
    return where;
  }

  private static Long requestNumber(String text) {
    try {
      return RequestNumber.parse(text).id();
    } catch (InvalidInputException e) {
      return null;
    }
  }

  /** A JPQL WHERE clause built from optional conditions, with its named parameters. */
  private static final class Where {
    private final StringBuilder clause = new StringBuilder();
    private final Map<String, Object> parameters = new HashMap<>();

    void and(String condition) {
      clause.append(clause.length() == 0 ? " WHERE " : " AND ").append(condition);
    }

    @Override
    public String toString() {
      return clause.toString();
    }
  }
}

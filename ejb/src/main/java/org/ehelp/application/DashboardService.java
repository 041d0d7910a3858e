package org.ehelp.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ehelp.domain.error.ActionRejectedException;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.Role;
import org.ehelp.domain.model.request.RequestState;

/**
 * Counts requests for the dashboards, for the call center and admins, who see every request. Each
 * figure is one aggregate query, so the cost does not follow the number of weeks or categories
 * shown.
 */
@Stateless
public class DashboardService {

  /** How many weeks the backlog trend covers, the current one included. */
  public static final int WEEKS = 12;

  private static final int CATEGORIES = 10;

  @PersistenceContext private EntityManager em;

  @Inject private CurrentUser currentUser;

  /** Returns the dashboard, with weeks cut at Monday 00:00 in the given time zone. */
  public Dashboard dashboard(ZoneId zone) {
    Person reader = currentUser.require();
    if (!reader.hasRole(Role.CALL_CENTER) && !reader.hasRole(Role.ADMIN)) {
      throw ActionRejectedException.forbidden("error.dashboard.staffOnly");
    }
    return new Dashboard(openByState(), openByCategory(), weeks(zone));
  }

  private Map<RequestState, Long> openByState() {
    Map<RequestState, Long> counts = new EnumMap<>(RequestState.class);
    for (RequestState state : openStates()) {
      counts.put(state, 0L);
    }
    em.createQuery(
            "SELECT r.state, COUNT(r) FROM ServiceRequest r WHERE r.state IN :open"
                + " GROUP BY r.state",
            Object[].class)
        .setParameter("open", openStates())
        .getResultList()
        .forEach(row -> counts.put((RequestState) row[0], ((Number) row[1]).longValue()));
    return counts;
  }

  private Map<String, Long> openByCategory() {
    Map<String, Long> counts = new LinkedHashMap<>();
    em.createQuery(
            "SELECT c.name, COUNT(r) FROM ServiceRequest r LEFT JOIN r.category c"
                + " WHERE r.state IN :open GROUP BY c.name ORDER BY COUNT(r) DESC",
            Object[].class)
        .setParameter("open", openStates())
        .setMaxResults(CATEGORIES)
        .getResultList()
        .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
    return counts;
  }

  // One query with three sums per week: filed in the week, finished in the week, open at its end.
  private List<Dashboard.Week> weeks(ZoneId zone) {
    LocalDate thisMonday =
        LocalDate.now(zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    List<LocalDate> starts = new ArrayList<>();
    for (int i = WEEKS - 1; i >= 0; i--) {
      starts.add(thisMonday.minusWeeks(i));
    }
    Instant now = Times.now();
    StringBuilder select = new StringBuilder("SELECT ");
    for (int i = 0; i < WEEKS; i++) {
      String from = ":s" + i;
      String to = ":e" + i;
      if (i > 0) {
        select.append(", ");
      }
      select
          .append("SUM(CASE WHEN r.createdAt >= ")
          .append(from)
          .append(" AND r.createdAt < ")
          .append(to)
          .append(" THEN 1 ELSE 0 END), SUM(CASE WHEN r.closedAt >= ")
          .append(from)
          .append(" AND r.closedAt < ")
          .append(to)
          .append(" THEN 1 ELSE 0 END), SUM(CASE WHEN r.createdAt < ")
          .append(to)
          .append(" AND (r.closedAt IS NULL OR r.closedAt >= ")
          .append(to)
          .append(") THEN 1 ELSE 0 END)");
    }
    select.append(" FROM ServiceRequest r");

    var query = em.createQuery(select.toString(), Object[].class);
    for (int i = 0; i < WEEKS; i++) {
      Instant start = starts.get(i).atStartOfDay(zone).toInstant();
      Instant end =
          i == WEEKS - 1 ? now : starts.get(i).plusWeeks(1).atStartOfDay(zone).toInstant();
      query.setParameter("s" + i, start).setParameter("e" + i, end);
    }
    Object[] sums = query.getSingleResult();

    List<Dashboard.Week> weeks = new ArrayList<>();
    for (int i = 0; i < WEEKS; i++) {
      weeks.add(
          new Dashboard.Week(
              starts.get(i),
              number(sums[3 * i]),
              number(sums[3 * i + 1]),
              number(sums[3 * i + 2])));
    }
    return weeks;
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static Set<RequestState> openStates() {
    Set<RequestState> open = EnumSet.allOf(RequestState.class);
    open.removeIf(RequestState::isFinal);
    return open;
  }
}

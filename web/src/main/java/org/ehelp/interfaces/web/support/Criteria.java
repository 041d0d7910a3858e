package org.ehelp.interfaces.web.support;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ehelp.application.Page;
import org.ehelp.application.RequestService;
import org.ehelp.application.RequestSummary;
import org.ehelp.domain.model.request.Priority;
import org.ehelp.domain.model.request.RequestFilter;
import org.ehelp.domain.model.request.RequestSort;
import org.ehelp.domain.model.request.RequestState;

/** Combines a view's own criteria with the column filters its reader chose. */
public final class Criteria {

  private Criteria() {}

  /**
   * Reads a page of the view's list narrowed by the column filters, or an empty page when the
   * filters exclude every state or priority the view allows.
   */
  public static Page<RequestSummary> page(
      RequestService service,
      RequestFilter base,
      RequestFilter columns,
      RequestSort sort,
      int offset,
      int limit) {
    return narrow(base, columns)
        .map(filter -> service.page(filter, sort, offset, limit))
        .orElseGet(() -> new Page<>(List.of(), 0, null));
  }

  /** Counts the rows of the view's list narrowed by the column filters. */
  public static long count(RequestService service, RequestFilter base, RequestFilter columns) {
    return narrow(base, columns).map(service::count).orElse(0L);
  }

  /**
   * Returns the view's criteria narrowed by the column filters: the states and priorities both
   * allow, the typed text and the SLA levels chosen; empty when no row can match both.
   */
  static Optional<RequestFilter> narrow(RequestFilter base, RequestFilter columns) {
    Set<RequestState> states = intersect(base.states(), columns.states(), RequestState.class);
    Set<Priority> priorities = intersect(base.priorities(), columns.priorities(), Priority.class);
    if (states == null || priorities == null) {
      return Optional.empty();
    }
    return Optional.of(
        new RequestFilter(
            states,
            base.requesterId(),
            base.technicianId(),
            base.categoryCode(),
            base.createdFrom(),
            base.createdTo(),
            columns.text() == null ? base.text() : columns.text(),
            base.approverId(),
            base.contributorId(),
            priorities,
            base.supportGroupIds(),
            columns.slaLevels().isEmpty() ? base.slaLevels() : columns.slaLevels(),
            base.order()));
  }

  /** Returns what both sets allow (an empty set allows anything), or null when nothing is. */
  private static <E extends Enum<E>> Set<E> intersect(Set<E> a, Set<E> b, Class<E> type) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    Set<E> both = EnumSet.noneOf(type);
    both.addAll(a);
    both.retainAll(b);
    return both.isEmpty() ? null : both;
  }
}

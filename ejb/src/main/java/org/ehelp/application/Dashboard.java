package org.ehelp.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ehelp.domain.model.request.RequestState;

/**
 * The figures of the call center and admin dashboards.
 *
 * @param openByState requests in each open state, in the order of the lifecycle
 * @param openByCategory open requests per category name, largest first; requests without a category
 *     are counted under a null key
 * @param weeks one entry per week, oldest first, ending with the current week
 */
public record Dashboard(
    Map<RequestState, Long> openByState, Map<String, Long> openByCategory, List<Week> weeks) {

  /**
   * One week of the backlog trend.
   *
   * @param start the Monday the week starts on, in the reader's time zone
   * @param filed requests filed during the week
   * @param finished requests closed or rejected during the week
   * @param open requests open at the end of the week (or now, for the current week)
   */
  public record Week(LocalDate start, long filed, long finished, long open) {}
}

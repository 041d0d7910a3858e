package org.ehelp.domain.model.request;

/**
 * The order of a request list. Rows equal on the sorted column follow in the order they were filed,
 * oldest first (for the number and the dates, in the sort's own direction), so that paging never
 * shows a row twice or skips one.
 */
public record RequestSort(Field field, boolean descending) {

  /** A column a list can be sorted by. */
  public enum Field {
    NUMBER,
    TITLE,
    STATE,
    PRIORITY,
    CATEGORY,
    REQUESTER,
    TECHNICIAN,
    CREATED,
    UPDATED,
    /**
     * The deadline of the current SLA target; requests without a running one come last, and ties go
     * by priority.
     */
    SLA
  }

  /** Newest first, the order of every list until its reader sorts it. */
  public static RequestSort newestFirst() {
    return new RequestSort(Field.CREATED, true);
  }

  /**
   * The nearest SLA deadline first, so that overdue requests lead; then, for equal deadlines and
   * for requests without a running one, the most urgent priority: work queues.
   */
  public static RequestSort mostUrgentFirst() {
    return new RequestSort(Field.SLA, false);
  }
}

package org.ehelp.domain.model.request;

/** The order of a request list. */
public enum RequestOrder {
  /** Newest first, by filing time. */
  NEWEST,
  /**
   * By urgency: the deadline of the current SLA target, earliest first, so overdue requests lead.
   * Requests without a running deadline come last; equal deadlines go by id.
   */
  SLA_DUE
}

package org.ehelp.domain.model.request;

/** The order of a request list. */
public enum RequestOrder {
  /** Newest first, by filing time. */
  NEWEST,
  /**
   * The most urgent first: by the deadline of the current SLA target, earliest (or most overdue)
   * first; requests without a running deadline come last, newest id first among equals.
   */
  SLA_DUE
}

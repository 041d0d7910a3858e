package org.ehelp.domain.model.request;

/** How soon a request must be handled, from P1 (critical) to P4 (low). */
public enum Priority {
  P1,
  P2,
  P3,
  P4
}

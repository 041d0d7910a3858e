package org.ehelp.domain.model.request;

/** Progress of a task a technician gave to a contributor. */
public enum TaskState {
  OPEN,
  STARTED,
  DONE,
  CANCELLED;

  /** Whether the task still blocks marking the request realized. */
  public boolean isPending() {
    return this == OPEN || this == STARTED;
  }
}

package org.ehelp.domain.model.majorevent;

/** The kind of disruption a major event is. */
public enum MajorEventKind {
  /** Work announced in advance, such as a server upgrade over a weekend. */
  MAINTENANCE,
  /** An unplanned outage or degradation. */
  INCIDENT
}

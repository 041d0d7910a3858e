package org.ehelp.domain.model.sla;

/** The two deadlines an SLA policy sets for a request, both counted from its filing. */
public enum SlaTarget {
  /** The call center takes the request in charge: dispatches it, takes it or rejects it. */
  RESPONSE,
  /** The technician marks the request realized. */
  RESOLUTION
}

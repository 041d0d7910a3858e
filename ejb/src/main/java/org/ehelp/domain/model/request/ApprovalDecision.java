package org.ehelp.domain.model.request;

/** The answer of a responsible asked for approval. */
public enum ApprovalDecision {
  PENDING,
  APPROVED,
  REFUSED
}

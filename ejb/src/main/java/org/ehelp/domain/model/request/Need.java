package org.ehelp.domain.model.request;

/** Something an action cannot go without; each names the message shown when it is missing. */
public enum Need {
  /** A text: the reason, question, solution or note the action records. */
  TEXT,
  /** The technician to dispatch to. */
  TECHNICIAN,
  /** The responsible to ask for approval. */
  RESPONSIBLE,
  /** The contributor to give a task to. */
  CONTRIBUTOR,
  /** The task acted on. */
  TASK,
  /** A new priority or category. */
  CLASSIFICATION
}

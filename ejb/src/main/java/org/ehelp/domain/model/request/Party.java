package org.ehelp.domain.model.request;

/**
 * The part a person plays on one particular request. A person may play several: a technician who
 * files a request for herself is both its requester and, once dispatched, its technician.
 */
public enum Party {
  /** The person the request is for. */
  REQUESTER,
  /** The person who filed the request for someone else: they may withdraw it, not validate it. */
  FILER,
  /** Any call center agent. */
  CALL_CENTER,
  /** The technician the request is assigned to. */
  TECHNICIAN,
  /** The responsible whose approval is pending. */
  RESPONSIBLE,
  /** The contributor the task acted on is assigned to. */
  CONTRIBUTOR,
  /** eHelp itself, acting from a timer. */
  SYSTEM
}

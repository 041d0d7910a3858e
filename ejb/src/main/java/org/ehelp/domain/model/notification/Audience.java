package org.ehelp.domain.model.notification;

import org.ehelp.domain.model.person.Role;

/** A part someone plays on a request, which decides the notifications they receive. */
public enum Audience {
  /** The person the request is for. */
  REQUESTER(Role.REQUESTER),
  /** The person who filed it, when not the requester. */
  FILER(Role.REQUESTER),
  /** Every call center agent. */
  CALL_CENTER(Role.CALL_CENTER),
  /** Every call center agent, but only while no technician holds the request. */
  DESK_WHEN_UNASSIGNED(Role.CALL_CENTER),
  /** The technician the request is assigned to. */
  TECHNICIAN(Role.TECHNICIAN),
  /** The responsible asked for approval (the last one asked). */
  RESPONSIBLE(Role.RESPONSIBLE),
  /** The contributor of the task acted on, or of every pending task for comments. */
  CONTRIBUTOR(Role.CONTRIBUTOR);

  private final Role role;

  Audience(Role role) {
    this.role = role;
  }

  /** Returns the role a person needs to be in this audience at all. */
  public Role role() {
    return role;
  }
}

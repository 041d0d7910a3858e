package org.ehelp.domain.model.person;

/** What a person does in eHelp. Everybody is a requester; the other roles are granted. */
public enum Role {
  REQUESTER,
  CALL_CENTER,
  TECHNICIAN,
  RESPONSIBLE,
  CONTRIBUTOR,
  ADMIN;

  /** Whether this role belongs to the service desk and so may read internal notes. */
  public boolean isStaff() {
    return this == CALL_CENTER || this == TECHNICIAN || this == ADMIN;
  }
}

package org.ehelp.domain.model.kb;

/** Who may read a published article. Unpublished articles are for staff only. */
public enum Audience {
  EVERYONE,
  STAFF
}

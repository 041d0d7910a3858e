package org.ehelp.application;

import org.ehelp.domain.model.person.SupportGroup;

/** A support group as lists and pickers show it. */
public record GroupRef(long id, String name) {

  public static GroupRef of(SupportGroup group) {
    return new GroupRef(group.getId(), group.getName());
  }
}

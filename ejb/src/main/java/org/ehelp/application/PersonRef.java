package org.ehelp.application;

import org.ehelp.domain.model.person.Person;

/** A person as other people see them in a request: enough to name and reach them. */
public record PersonRef(long id, String login, String displayName, String email) {

  public static PersonRef of(Person person) {
    return person == null
        ? null
        : new PersonRef(
            person.getId(), person.getLogin(), person.getDisplayName(), person.getEmail().value());
  }
}

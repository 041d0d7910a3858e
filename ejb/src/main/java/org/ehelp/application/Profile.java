package org.ehelp.application;

import java.util.Set;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.Role;

/** The signed-in person's own account, as the portal header and settings pages show it. */
public record Profile(
    long id,
    String login,
    String displayName,
    String email,
    String phone,
    String locale,
    String timeZone,
    Set<Role> roles,
    boolean staff) {

  public static Profile of(Person person) {
    return new Profile(
        person.getId(),
        person.getLogin(),
        person.getDisplayName(),
        person.getEmail().value(),
        person.getPhone(),
        person.getLocale().toLanguageTag(),
        person.getTimeZone().getId(),
        person.getRoles(),
        person.isStaff());
  }
}

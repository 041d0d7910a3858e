package org.ehelp.application.admin;

import java.util.Set;
import java.util.stream.Collectors;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.Role;
import org.ehelp.domain.model.person.SupportGroup;

/**
 * A person as the admin pages show and edit them.
 *
 * @param id null for a person not created yet
 * @param roles the granted roles; {@link Role#REQUESTER} is implied and may be left out
 * @param password a new password, or null to keep the current one
 */
public record PersonEntry(
    Long id,
    String login,
    String displayName,
    String email,
    String phone,
    String locale,
    String timeZone,
    Set<Role> roles,
    Set<Long> groupIds,
    boolean active,
    String password) {

  public static PersonEntry of(Person person) {
    return new PersonEntry(
        person.getId(),
        person.getLogin(),
        person.getDisplayName(),
        person.getEmail().value(),
        person.getPhone(),
        person.getLocale().toLanguageTag(),
        person.getTimeZone().getId(),
        person.getRoles(),
        person.getGroups().stream().map(SupportGroup::getId).collect(Collectors.toSet()),
        person.isActive(),
        null);
  }
}

package org.ehelp.domain.model.request;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.Role;
import org.ehelp.domain.model.person.SupportGroup;

/**
 * The one rule that decides who may read a request, shared by pages, the API, lists, search and
 * downloads. A request carries access keys; a reader holds keys; the reader may see the request
 * when the two sets meet. Keys are {@code p:<person id>}, {@code g:<group id>}, {@code c:<category
 * id>} and {@code r:<role>}.
 *
 * <p>A request is readable by its requester and filer, the call center, admins, the technician it
 * is assigned to and that technician's group, every responsible asked for approval on it, every
 * contributor given a task on it, and the responsible of its category, who hears of its SLA
 * breaches. The category's key lets an admin change that responsible without touching requests.
 */
public final class AccessRule {

  private AccessRule() {}

  /** Returns the keys a request carries in its current state. */
  public static Set<String> keysOf(ServiceRequest request) {
    Set<String> keys = new HashSet<>();
    keys.add(role(Role.CALL_CENTER));
    keys.add(role(Role.ADMIN));
    keys.add(person(request.getRequester()));
    keys.add(person(request.getFiler()));
    if (request.getTechnician() != null) {
      keys.add(person(request.getTechnician()));
    }
    if (request.getSupportGroup() != null) {
      keys.add(group(request.getSupportGroup()));
    }
    if (request.getCategory() != null) {
      keys.add(category(request.getCategory().getId()));
    }
    request.getApprovals().forEach(a -> keys.add(person(a.getResponsible())));
    request.getTasks().forEach(t -> keys.add(person(t.getContributor())));
    return keys;
  }

  /** Returns the keys a reader holds. */
  public static Set<String> keysOf(Person reader) {
    Set<String> keys = new HashSet<>();
    keys.add(person(reader));
    for (Role role : reader.getRoles()) {
      keys.add(role(role));
    }
    for (Long categoryId : reader.getResponsibleCategoryIds()) {
      keys.add(category(categoryId));
    }
    if (reader.hasRole(Role.TECHNICIAN)) {
      for (SupportGroup group : reader.getGroups()) {
        keys.add("g:" + group.getId());
      }
    }
    return keys;
  }

  /** Whether the reader sees every request, so that lists need no filter. */
  public static boolean seesEverything(Person reader) {
    return reader.hasRole(Role.CALL_CENTER) || reader.hasRole(Role.ADMIN);
  }

  public static boolean canRead(Person reader, ServiceRequest request) {
    return intersects(keysOf(reader), request.getAccessKeys());
  }

  private static boolean intersects(Collection<String> a, Collection<String> b) {
    return a.stream().anyMatch(b::contains);
  }

  private static String person(Person person) {
    return "p:" + person.getId();
  }

  private static String group(SupportGroup group) {
    return "g:" + group.getId();
  }

  private static String category(long categoryId) {
    return "c:" + categoryId;
  }

  private static String role(Role role) {
    return "r:" + role.name();
  }
}

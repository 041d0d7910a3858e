package org.ehelp.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ehelp.domain.model.notification.Audience;
import org.ehelp.domain.model.notification.NotificationKind;
import org.ehelp.domain.model.notification.NotificationRules;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.PersonRepository;
import org.ehelp.domain.model.person.Role;
import org.ehelp.domain.model.request.Approval;
import org.ehelp.domain.model.request.ServiceRequest;
import org.ehelp.domain.model.request.Task;

/**
 * Finds the people a notification goes to: the members of each audience of its kind, each person
 * once (mandatory when any of their audiences is), without the person who acted.
 */
@ApplicationScoped
public class Recipients {

  @Inject private PersonRepository people;

  /** A person to notify, and whether they must be notified whatever their choices. */
  public record Recipient(Person person, boolean mandatory) {}

  /**
   * Returns the recipients of one event.
   *
   * @param actor the person who acted, or null for eHelp's timers
   * @param at when the event happened, to find the task or approval it concerns
   */
  public List<Recipient> of(
      NotificationKind kind, ServiceRequest request, Person actor, Instant at) {
    Map<Long, Recipient> found = new LinkedHashMap<>();
    for (NotificationRules.Rule rule : NotificationRules.of(kind)) {
      for (Person person : members(rule.audience(), kind, request, at)) {
        if (person == null || !person.isActive() || isSame(person, actor)) {
          continue;
        }
        Recipient earlier = found.get(person.getId());
        boolean mandatory = rule.mandatory() || (earlier != null && earlier.mandatory());
        found.put(person.getId(), new Recipient(person, mandatory));
      }
    }
    return new ArrayList<>(found.values());
  }

  private List<Person> members(
      Audience audience, NotificationKind kind, ServiceRequest request, Instant at) {
    return switch (audience) {
      case REQUESTER -> List.of(request.getRequester());
      case FILER ->
          isSame(request.getFiler(), request.getRequester())
              ? List.of()
              : List.of(request.getFiler());
      case CALL_CENTER -> people.findByRole(Role.CALL_CENTER);
      case DESK_WHEN_UNASSIGNED ->
          request.getTechnician() == null ? people.findByRole(Role.CALL_CENTER) : List.of();
      case TECHNICIAN ->
          request.getTechnician() == null ? List.of() : List.of(request.getTechnician());
      case RESPONSIBLE -> responsibles(kind, request, at);
      case CONTRIBUTOR -> contributors(kind, request, at);
    };
  }

  /** The responsible asked by this event, or every responsible still asked for a comment. */
  private static List<Person> responsibles(
      NotificationKind kind, ServiceRequest request, Instant at) {
    if (kind == NotificationKind.COMMENT) {
      return request.findPendingApproval().map(Approval::getResponsible).stream().toList();
    }
    return request.getApprovals().stream()
        .filter(a -> Objects.equals(a.getAskedAt(), at))
        .map(Approval::getResponsible)
        .toList();
  }

  /**
   * The contributor of the task this event changed, found by its time, or every contributor with a
   * pending task for a comment.
   */
  private static List<Person> contributors(
      NotificationKind kind, ServiceRequest request, Instant at) {
    if (kind == NotificationKind.COMMENT) {
      return request.getTasks().stream()
          .filter(t -> t.getState().isPending())
          .map(Task::getContributor)
          .distinct()
          .toList();
    }
    return request.getTasks().stream()
        .filter(t -> Objects.equals(t.getUpdatedAt(), at))
        .map(Task::getContributor)
        .toList();
  }

  private static boolean isSame(Person a, Person b) {
    return a != null && b != null && Objects.equals(a.getId(), b.getId());
  }
}

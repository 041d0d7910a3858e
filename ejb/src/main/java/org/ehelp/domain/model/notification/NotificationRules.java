package org.ehelp.domain.model.notification;

import static org.ehelp.domain.model.notification.Audience.CALL_CENTER;
import static org.ehelp.domain.model.notification.Audience.CONTRIBUTOR;
import static org.ehelp.domain.model.notification.Audience.DESK_WHEN_UNASSIGNED;
import static org.ehelp.domain.model.notification.Audience.FILER;
import static org.ehelp.domain.model.notification.Audience.REQUESTER;
import static org.ehelp.domain.model.notification.Audience.RESPONSIBLE;
import static org.ehelp.domain.model.notification.Audience.TECHNICIAN;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ehelp.domain.model.person.Role;

/**
 * The recipients of each kind of notification: the audiences that receive it, and whether they
 * must. A mandatory notification asks its recipient to act (the technician a request is dispatched
 * to, the responsible asked for approval, the requester asked to validate) and cannot be turned
 * off; the others follow each person's choices. Nobody is told of what they did themselves, and
 * nobody gets two messages for one event.
 */
public final class NotificationRules {

  /** One audience of a kind, and whether it must receive it. */
  public record Rule(Audience audience, boolean mandatory) {}

  private static final Map<NotificationKind, List<Rule>> RULES =
      new EnumMap<>(NotificationKind.class);

  static {
    rules(NotificationKind.FILE, optional(REQUESTER), optional(CALL_CENTER));
    rules(NotificationKind.REJECT, must(REQUESTER), optional(FILER));
    rules(NotificationKind.DISPATCH, must(TECHNICIAN), optional(REQUESTER), optional(FILER));
    rules(NotificationKind.TAKE, optional(REQUESTER), optional(FILER));
    rules(NotificationKind.HAND_BACK, must(CALL_CENTER));
    rules(NotificationKind.START, optional(REQUESTER), optional(FILER));
    rules(NotificationKind.ASK_APPROVAL, must(RESPONSIBLE));
    rules(NotificationKind.APPROVE, must(TECHNICIAN));
    rules(NotificationKind.REFUSE_APPROVAL, must(TECHNICIAN));
    rules(NotificationKind.PUT_ON_HOLD, optional(REQUESTER), optional(FILER));
    rules(NotificationKind.RESUME, optional(REQUESTER), optional(FILER), optional(TECHNICIAN));
    rules(NotificationKind.ADD_TASK, must(CONTRIBUTOR));
    rules(NotificationKind.START_TASK, optional(TECHNICIAN));
    rules(NotificationKind.COMPLETE_TASK, must(TECHNICIAN));
    rules(NotificationKind.CANCEL_TASK, must(CONTRIBUTOR));
    rules(NotificationKind.MARK_REALIZED, must(CALL_CENTER));
    rules(NotificationKind.RETURN_TO_TECHNICIAN, must(TECHNICIAN));
    rules(NotificationKind.SEND_FOR_VALIDATION, must(REQUESTER), optional(FILER));
    // Without automatic closing, the call center closes accepted requests: it must hear of them.
    rules(NotificationKind.ACCEPT, must(CALL_CENTER), optional(TECHNICIAN));
    rules(NotificationKind.REFUSE, must(CALL_CENTER), optional(TECHNICIAN));
    rules(NotificationKind.CLOSE, optional(REQUESTER), optional(FILER), optional(TECHNICIAN));
    rules(NotificationKind.WITHDRAW, optional(CALL_CENTER), optional(TECHNICIAN));
    rules(NotificationKind.RECLASSIFY, optional(REQUESTER), optional(FILER), optional(TECHNICIAN));
    rules(
        NotificationKind.COMMENT,
        optional(REQUESTER),
        optional(FILER),
        optional(TECHNICIAN),
        optional(RESPONSIBLE),
        optional(CONTRIBUTOR),
        optional(DESK_WHEN_UNASSIGNED));
    rules(NotificationKind.INTERNAL_NOTE, optional(TECHNICIAN), optional(DESK_WHEN_UNASSIGNED));
    rules(NotificationKind.VALIDATION_REMINDER, optional(REQUESTER), optional(FILER));
    // The SLA check pass chooses the people of an alert itself; these rules give their choices.
    rules(NotificationKind.SLA_WARNING, optional(TECHNICIAN), optional(CALL_CENTER));
    rules(
        NotificationKind.SLA_BREACH,
        must(TECHNICIAN),
        optional(CALL_CENTER),
        optional(RESPONSIBLE));
    // Major event messages go once per person to the requesters and filers of attached requests.
    rules(NotificationKind.MAJOR_EVENT_UPDATE, optional(REQUESTER), optional(FILER));
    rules(NotificationKind.MAJOR_EVENT_END, optional(REQUESTER), optional(FILER));
    rules(NotificationKind.SURVEY_INVITATION, optional(REQUESTER));
    rules(NotificationKind.SURVEY_REMINDER, optional(REQUESTER));
  }

  private NotificationRules() {}

  /** Returns the audiences of a kind, in the order of the table above. */
  public static List<Rule> of(NotificationKind kind) {
    return RULES.getOrDefault(kind, List.of());
  }

  /**
   * Whether a person with these roles may turn the kind off: it must reach them, and never in a
   * mandatory audience of one of their roles. A technician cannot turn off "request assigned", and
   * nobody can turn off "resolution to confirm", which every requester must answer.
   */
  public static boolean canTurnOff(NotificationKind kind, Set<Role> roles) {
    return concerns(kind, roles)
        && of(kind).stream().noneMatch(r -> r.mandatory() && roles.contains(r.audience().role()));
  }

  /** Returns whether a person with these roles can receive this kind at all. */
  public static boolean concerns(NotificationKind kind, Set<Role> roles) {
    return of(kind).stream().anyMatch(r -> roles.contains(r.audience().role()));
  }

  private static void rules(NotificationKind kind, Rule... rules) {
    RULES.put(kind, List.of(rules));
  }

  private static Rule must(Audience audience) {
    return new Rule(audience, true);
  }

  private static Rule optional(Audience audience) {
    return new Rule(audience, false);
  }
}

package org.ehelp.domain.model.notification;

import java.util.Arrays;
import java.util.Optional;
import org.ehelp.domain.model.request.Action;

/**
 * What a notification announces: one kind per lifecycle action (same names as {@link Action}),
 * comments and internal notes, SLA alerts, and the answers eHelp sends to the sender of a message.
 */
public enum NotificationKind {
  FILE,
  REJECT,
  DISPATCH,
  TAKE,
  HAND_BACK,
  START,
  ASK_APPROVAL,
  APPROVE,
  REFUSE_APPROVAL,
  PUT_ON_HOLD,
  RESUME,
  ADD_TASK,
  START_TASK,
  COMPLETE_TASK,
  CANCEL_TASK,
  MARK_REALIZED,
  RETURN_TO_TECHNICIAN,
  SEND_FOR_VALIDATION,
  ACCEPT,
  REFUSE,
  CLOSE,
  WITHDRAW,
  RECLASSIFY,
  /** A comment anyone concerned may read. */
  COMMENT,
  /** A note between staff. */
  INTERNAL_NOTE,
  /** A request has waited for its requester's validation for the configured business days. */
  VALIDATION_REMINDER,
  /** A request reached the warning threshold of one of its SLA targets. */
  SLA_WARNING,
  /** A request passed the deadline of one of its SLA targets. */
  SLA_BREACH,
  /**
   * The call center posted an update on a major event a request of the recipient is attached to.
   */
  MAJOR_EVENT_UPDATE,
  /** A major event a request of the recipient is attached to has ended. */
  MAJOR_EVENT_END,
  /** An invitation to answer a satisfaction survey about a closed request. */
  SURVEY_INVITATION,
  /** The one reminder of a survey invitation not answered yet. */
  SURVEY_REMINDER,
  /** The acknowledgement to the sender of a message that opened a request. */
  RECEIVED,
  /** The answer to an unknown sender when the rule for unknown senders refuses them. */
  REFUSED_UNKNOWN_SENDER,
  /** The answer to the sender of a message or file larger than allowed. */
  REFUSED_TOO_LARGE;

  /**
   * Returns the kind that announces a lifecycle action. Imports announce nothing, and neither does
   * an action without a kind of the same name, rather than fail the change it belongs to; {@code
   * NotificationRulesTest} fails for such an action, so that it gets one.
   */
  public static Optional<NotificationKind> of(Action action) {
    if (action == Action.IMPORT) {
      return Optional.empty();
    }
    return Arrays.stream(values()).filter(k -> k.name().equals(action.name())).findFirst();
  }

  /** Whether the kind answers a message rather than announcing a change to a request. */
  public boolean isAnswer() {
    return this == RECEIVED || this == REFUSED_UNKNOWN_SENDER || this == REFUSED_TOO_LARGE;
  }
}

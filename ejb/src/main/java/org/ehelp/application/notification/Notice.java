package org.ehelp.application.notification;

import java.util.Map;
import org.ehelp.domain.model.notification.NotificationKind;

/**
 * One message to write to the outbox: its kind, the event it belongs to, and the values of the
 * template's placeholders apart from the recipient's own.
 *
 * @param eventKey identifies the event ({@code h:} and a history entry id, {@code c:} and a comment
 *     id, {@code m:} and a received message); an event notifies each address once
 * @param requestId the request, or null for an answer to a message that opened none
 * @param inReplyTo the Message-ID being answered, or null
 */
public record Notice(
    NotificationKind kind,
    String eventKey,
    Long requestId,
    Map<String, String> values,
    String inReplyTo) {}

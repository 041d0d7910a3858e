package org.ehelp.application.mail;

import org.ehelp.domain.model.mail.InboundOutcome;

/**
 * What intake did with one message.
 *
 * @param duplicate whether the message had been received before, so nothing changed now
 * @param requestId the request opened or commented on, or null
 * @param commentId the comment added, or null
 * @param quarantineId the quarantine entry, or null
 */
public record IntakeResult(
    long inboundId,
    InboundOutcome outcome,
    boolean duplicate,
    Long requestId,
    Long commentId,
    Long quarantineId,
    String detail) {}

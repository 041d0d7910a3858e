package org.ehelp.domain.model.notification;

/**
 * A rendered message, ready for the outbox.
 *
 * @param messageId the Message-ID without angle brackets
 * @param inReplyTo the In-Reply-To message id without brackets, or null
 * @param references the References field value, ids in angle brackets separated by spaces, or null
 * @param autoSubmitted the RFC 3834 value: {@code auto-generated} for notifications, {@code
 *     auto-replied} for answers to a message
 */
public record Envelope(
    String toAddress,
    String toName,
    String language,
    String subject,
    String body,
    String messageId,
    String inReplyTo,
    String references,
    String autoSubmitted) {}

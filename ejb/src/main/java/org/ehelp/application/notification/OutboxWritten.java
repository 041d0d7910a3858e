package org.ehelp.application.notification;

/**
 * Messages were added to the outbox in the current transaction; observed after the commit to send
 * them at once instead of at the next timer run.
 */
public record OutboxWritten() {}

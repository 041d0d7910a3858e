package org.ehelp.domain.model.request;

/**
 * eHelp reminded the requester that a request waits for their validation. Fired synchronously in
 * the transaction that records the reminder, so the notification commits with it.
 */
public record ValidationReminded(ServiceRequest request) {}

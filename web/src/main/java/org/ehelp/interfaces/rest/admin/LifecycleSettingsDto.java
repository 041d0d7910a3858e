package org.ehelp.interfaces.rest.admin;

/**
 * The lifecycle settings. Each null value switches its setting off.
 *
 * @param autoCloseAfter how long an accepted request waits before it closes by itself, as an
 *     ISO-8601 duration (PT0S closes it at once, P2D after two days), or null when the call center
 *     closes accepted requests by hand
 * @param remindAfterDays after how many business days without an answer the requester is reminded,
 *     once, to validate a request (1 to 260), or null for no reminder
 * @param autoAcceptAfterDays after how many business days without an answer eHelp accepts the
 *     request on the requester's behalf (1 to 260), or null to wait for them
 */
public record LifecycleSettingsDto(
    String autoCloseAfter, Integer remindAfterDays, Integer autoAcceptAfterDays) {}

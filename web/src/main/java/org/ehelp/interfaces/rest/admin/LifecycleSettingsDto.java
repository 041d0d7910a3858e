package org.ehelp.interfaces.rest.admin;

/**
 * The lifecycle settings an administrator changes at run time.
 *
 * @param autoCloseAfter how long an accepted request waits before it closes by itself, as an
 *     ISO-8601 duration (PT0S closes it at once, P2D after two days), or null when the call center
 *     closes accepted requests by hand
 */
public record LifecycleSettingsDto(String autoCloseAfter) {}

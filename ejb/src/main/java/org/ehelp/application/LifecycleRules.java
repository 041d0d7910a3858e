package org.ehelp.application;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The lifecycle settings an administrator reads and changes together; an empty value is off.
 *
 * @param autoCloseAfter how long an accepted request waits before it closes by itself
 * @param remindAfterDays business days without an answer before the requester is reminded to
 *     validate
 * @param autoAcceptAfterDays business days without an answer before eHelp accepts for them
 */
public record LifecycleRules(
    Optional<Duration> autoCloseAfter,
    OptionalInt remindAfterDays,
    OptionalInt autoAcceptAfterDays) {}

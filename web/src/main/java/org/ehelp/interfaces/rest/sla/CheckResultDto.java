package org.ehelp.interfaces.rest.sla;

import java.time.Instant;

/**
 * The outcome of a check pass.
 *
 * @param checked requests looked at
 * @param marked thresholds marked, each with its alert
 * @param millis how long the pass took on the server, in milliseconds
 */
public record CheckResultDto(Instant at, int checked, int marked, long millis) {}

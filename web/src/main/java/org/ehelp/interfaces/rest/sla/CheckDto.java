package org.ehelp.interfaces.rest.sla;

import java.time.Instant;
import java.util.List;

/**
 * A request to run the check pass now.
 *
 * @param at the instant to check as of; only with ehelp.sla.clock=adjustable, now when absent
 * @param requests the request ids to check; only with ehelp.sla.clock=adjustable, all when absent
 */
public record CheckDto(Instant at, List<Long> requests) {}

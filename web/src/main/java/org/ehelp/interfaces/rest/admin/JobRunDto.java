package org.ehelp.interfaces.rest.admin;

import java.time.Instant;
import java.util.List;

/**
 * A request to run a job now.
 *
 * @param at the instant to run it as of; only with ehelp.sla.clock=adjustable, now when absent
 * @param requests the request ids to consider; only with ehelp.sla.clock=adjustable, all when
 *     absent
 */
public record JobRunDto(Instant at, List<Long> requests) {}

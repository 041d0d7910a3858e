package org.ehelp.interfaces.rest.sla;

import java.util.List;

/**
 * The SLA settings.
 *
 * @param pausedStates the states that pause the resolution clock; the only field read on input
 * @param pausableStates the states that may be chosen
 * @param checkInterval how often the check pass runs (ehelp.sla.check-interval)
 * @param notifyOutsideHours whether alerts may go out outside opening hours
 * @param adjustableClock whether the check pass may run as of another instant (ehelp.sla.clock)
 */
public record SlaSettingsDto(
    List<String> pausedStates,
    List<String> pausableStates,
    String checkInterval,
    boolean notifyOutsideHours,
    boolean adjustableClock) {}

package org.ehelp.domain.model.sla;

import java.time.Instant;
import org.ehelp.domain.model.request.Action;
import org.ehelp.domain.model.request.RequestState;

/** One entry of a request's history, as the SLA clocks read it: when, which action, which state. */
public record StateChange(Instant at, Action action, RequestState state) {}

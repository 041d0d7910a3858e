package org.ehelp.interfaces.rest.request;

import java.time.Instant;
import org.ehelp.application.sla.SlaMark;
import org.ehelp.domain.model.sla.SlaLevel;
import org.ehelp.domain.model.sla.SlaTarget;

/**
 * The SLA level of a request.
 *
 * @param level NONE without a policy; ON_TRACK, PAUSED, WARNING or BREACHED for the current target
 *     of an open request; MET or MISSED once its targets are decided
 * @param target RESPONSE while the request waits to be taken in charge, then RESOLUTION
 * @param dueAt the deadline of that target while its clock runs, possibly past
 * @param paused whether that target's clock is paused
 */
public record SlaMarkDto(SlaLevel level, SlaTarget target, Instant dueAt, boolean paused) {

  public static SlaMarkDto of(SlaMark mark) {
    SlaMark m = mark == null ? SlaMark.NONE : mark;
    return new SlaMarkDto(m.level(), m.target(), m.dueAt(), m.paused());
  }
}

package org.ehelp.application.sla;

import java.time.Instant;
import org.ehelp.domain.model.sla.ClockStatus;
import org.ehelp.domain.model.sla.RequestSla;
import org.ehelp.domain.model.sla.SlaLevel;
import org.ehelp.domain.model.sla.SlaSnapshot;
import org.ehelp.domain.model.sla.SlaTarget;

/**
 * The SLA level of a request, as lists and the request page mark it.
 *
 * @param target the target the level is about, or null without a policy
 * @param dueAt the deadline of that target while it runs, possibly past; else null
 * @param paused whether that target's clock is paused
 */
public record SlaMark(SlaLevel level, SlaTarget target, Instant dueAt, boolean paused) {

  public static final SlaMark NONE = new SlaMark(SlaLevel.NONE, null, null, false);

  public static SlaMark of(RequestSla sla) {
    if (sla == null) {
      return NONE;
    }
    SlaTarget current = sla.currentTarget();
    boolean paused = sla.clock(current).getStatus() == ClockStatus.PAUSED;
    return new SlaMark(
        sla.getLevel(), sla.getPolicyId() == null ? null : current, sla.getDueAt(), paused);
  }

  /** Returns the mark of a list row, from the columns read for its page. */
  public static SlaMark of(SlaSnapshot sla) {
    if (sla == null) {
      return NONE;
    }
    return new SlaMark(
        sla.level(),
        sla.policyId() == null ? null : sla.currentTarget(),
        sla.dueAt(),
        sla.isPaused());
  }

  /** Whether the request needs attention: near or past its deadline, or a target was missed. */
  public boolean isAlarming() {
    return level.isAlarming();
  }
}

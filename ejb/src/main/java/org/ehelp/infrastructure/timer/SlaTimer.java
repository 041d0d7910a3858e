package org.ehelp.infrastructure.timer;

import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ehelp.application.sla.SlaCheck;
import org.ehelp.domain.model.Times;

/**
 * Starts the SLA check pass. The schedule ticks every minute and is persistent, so it survives
 * restarts and, in a cluster, fires on one instance; the pass itself runs only when the check
 * interval ({@code ehelp.sla.check-interval}) has passed since the last one, on any instance.
 */
@Singleton
public class SlaTimer {

  private static final Logger LOG = Logger.getLogger(SlaTimer.class.getName());

  @Inject private SlaCheck check;

  @Schedule(minute = "*", hour = "*", persistent = true, info = "sla-check")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void tick() {
    try {
      check.runIfDue(Times.now());
    } catch (EJBException e) {
      LOG.log(Level.WARNING, "The SLA check pass failed; the next tick tries again", e);
    }
  }
}

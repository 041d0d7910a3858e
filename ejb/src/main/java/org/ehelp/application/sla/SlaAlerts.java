package org.ehelp.application.sla;

import org.ehelp.domain.model.sla.SlaAlert;

/**
 * The port through which the check pass hands over an alert: a request reached the warning
 * threshold or the deadline of a target, and the people listed are to hear of it. Called in the
 * transaction that marks the request, so a delivery side that writes its own rows (an outbox)
 * commits with the mark or not at all.
 *
 * <p>The default implementation, {@link RecordedSlaAlerts}, records the alert in {@code sla_alert}
 * unless one exists for the same request, target and threshold. A mail delivery plugs in as a CDI
 * decorator of this interface: it calls the recording first and writes its mails only when that
 * returns true, not before {@link SlaAlert#getDeliverAfter()}.
 */
public interface SlaAlerts {

  /**
   * Raises an alert once per request, target and threshold.
   *
   * @return true when this call raised it, false when it had been raised before
   */
  boolean raise(SlaAlert alert);
}

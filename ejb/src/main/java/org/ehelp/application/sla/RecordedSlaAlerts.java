package org.ehelp.application.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.ehelp.domain.model.sla.SlaAlert;
import org.ehelp.domain.model.sla.SlaRepository;

/**
 * Records each alert in {@code sla_alert}, once: the table's unique key on request, target and
 * threshold stops a second one even from a concurrent transaction, which then rolls back.
 */
@ApplicationScoped
public class RecordedSlaAlerts implements SlaAlerts {

  private static final Logger LOG = Logger.getLogger(RecordedSlaAlerts.class.getName());

  @Inject private SlaRepository repository;

  @Override
  public boolean raise(SlaAlert alert) {
    if (repository.alertExists(alert.getRequestId(), alert.getTarget(), alert.getThreshold())) {
      return false;
    }
    repository.add(alert);
    LOG.info(
        () ->
            "SLA "
                + alert.getThreshold()
                + " of the "
                + alert.getTarget()
                + " target of request EH-"
                + alert.getRequestId()
                + " for "
                + alert.getRecipients().size()
                + " recipients");
    return true;
  }
}

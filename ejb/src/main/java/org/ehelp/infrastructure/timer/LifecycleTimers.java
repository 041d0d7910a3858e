package org.ehelp.infrastructure.timer;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ehelp.application.ActionCommand;
import org.ehelp.application.LifecycleSettings;
import org.ehelp.application.WorkflowService;
import org.ehelp.domain.error.EhelpException;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.request.Action;
import org.ehelp.domain.model.request.RequestRepository;

/**
 * The actions eHelp takes by itself: resuming requests whose resume date has come and closing
 * accepted requests after the configured delay. The schedule is persistent, so it survives restarts
 * and, in a cluster, fires on one instance. Each request is handled in its own transaction, so one
 * that fails does not hold back the others.
 */
@Singleton
public class LifecycleTimers {

  private static final Logger LOG = Logger.getLogger(LifecycleTimers.class.getName());
  private static final int BATCH = 200;

  @Inject private RequestRepository requests;

  @Inject private WorkflowService workflow;

  @Inject private LifecycleSettings settings;

  @Resource private SessionContext context;

  @Schedule(minute = "*", hour = "*", persistent = true, info = "lifecycle")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run() {
    Instant now = Times.now();
    LifecycleTimers self = context.getBusinessObject(LifecycleTimers.class);

    for (long id : self.dueForResume(now)) {
      self.act(id, Action.RESUME);
    }
    Optional<Duration> delay = settings.autoCloseDelay();
    if (delay.isPresent()) {
      for (long id : self.dueForClosing(now.minus(delay.get()))) {
        self.act(id, Action.CLOSE);
      }
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> dueForResume(Instant now) {
    return requests.findDueForResume(now, BATCH);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> dueForClosing(Instant acceptedBefore) {
    return requests.findDueForClosing(acceptedBefore, BATCH);
  }

  /** Takes one action as eHelp itself; a refusal is logged and the next request goes on. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void act(long requestId, Action action) {
    try {
      workflow.perform(requestId, null, ActionCommand.of(action, null, null));
    } catch (EhelpException | EJBException e) {
      LOG.log(Level.WARNING, e, () -> "Timer could not " + action + " request EH-" + requestId);
      context.setRollbackOnly();
    }
  }
}

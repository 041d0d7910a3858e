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
import org.ehelp.infrastructure.cluster.JobLeases;

/**
 * The actions eHelp takes by itself: resuming requests whose resume date has come and closing
 * accepted requests after the configured delay. The schedule is persistent, so it survives
 * restarts, and each run first takes the job's lease, so that in a cluster one instance runs it.
 * Each request is handled in its own transaction, so one that fails does not hold back the others.
 */
@Singleton
public class LifecycleTimers {

  /** The name of the job, for its lease and for running it on demand. */
  public static final String JOB = "lifecycle";

  private static final Logger LOG = Logger.getLogger(LifecycleTimers.class.getName());
  private static final int BATCH = 200;
  // Shorter than the one-minute schedule, so that the lease has expired when the timer next fires.
  private static final Duration LEASE = Duration.ofSeconds(50);

  @Inject private RequestRepository requests;

  @Inject private WorkflowService workflow;

  @Inject private LifecycleSettings settings;

  @Inject private JobLeases leases;

  @Resource private SessionContext context;

  @Schedule(minute = "*", hour = "*", persistent = true, info = JOB)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void scheduled() {
    if (leases.acquire(JOB, LEASE)) {
      run();
    }
  }

  /**
   * Resumes and closes what is due now, without waiting for the schedule or its lease. Running it
   * on two instances at once does no harm: each action checks the request's state and version, so a
   * request is resumed or closed once.
   *
   * @return how many requests were resumed and closed
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Outcome run() {
    Instant now = Times.now();
    LifecycleTimers self = context.getBusinessObject(LifecycleTimers.class);

    int resumed = 0;
    for (long id : self.dueForResume(now)) {
      resumed += self.act(id, Action.RESUME) ? 1 : 0;
    }
    int closed = 0;
    Optional<Duration> delay = settings.autoCloseDelay();
    if (delay.isPresent()) {
      for (long id : self.dueForClosing(now.minus(delay.get()))) {
        closed += self.act(id, Action.CLOSE) ? 1 : 0;
      }
    }
    return new Outcome(resumed, closed);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> dueForResume(Instant now) {
    return requests.findDueForResume(now, BATCH);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> dueForClosing(Instant acceptedBefore) {
    return requests.findDueForClosing(acceptedBefore, BATCH);
  }

  /**
   * Takes one action as eHelp itself; a refusal is logged and the next request goes on.
   *
   * @return whether the action was taken
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean act(long requestId, Action action) {
    try {
      workflow.perform(requestId, null, ActionCommand.of(action, null, null));
      return true;
    } catch (EhelpException | EJBException e) {
      LOG.log(Level.WARNING, e, () -> "Timer could not " + action + " request EH-" + requestId);
      context.setRollbackOnly();
      return false;
    }
  }

  /** What one run did. */
  public record Outcome(int resumed, int closed) {}
}

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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ehelp.application.survey.SurveyJobs;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.survey.SurveyCampaign;
import org.ehelp.domain.model.survey.SurveyRepository;
import org.ehelp.infrastructure.cluster.JobLeases;

/**
 * Sends the invitations of survey campaigns that have opened and the one reminder of those whose
 * reminder time has come. The schedule is persistent, every five minutes, and each run first takes
 * the job's lease, so that in a cluster one instance sends them. Each campaign is handled in its
 * own transaction, and marked done in it, so nobody is invited or reminded twice.
 */
@Singleton
public class SurveyTimer {

  /** The name of the job, for its lease. */
  public static final String JOB = "surveys";

  private static final Logger LOG = Logger.getLogger(SurveyTimer.class.getName());
  // Shorter than the five-minute schedule, so that the lease has expired when the timer next fires.
  private static final Duration LEASE = Duration.ofMinutes(4);

  @Inject private SurveyRepository surveys;

  @Inject private SurveyJobs jobs;

  @Inject private JobLeases leases;

  @Resource private SessionContext context;

  @Schedule(minute = "*/5", hour = "*", persistent = true, info = JOB)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void scheduled() {
    if (leases.acquire(JOB, LEASE)) {
      run();
    }
  }

  /** Sends what is due now. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run() {
    SurveyTimer self = context.getBusinessObject(SurveyTimer.class);
    Instant now = Times.now();
    for (long id : self.dueForInvitations(now)) {
      self.invite(id);
    }
    for (long id : self.dueForReminder(now)) {
      self.remind(id);
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> dueForInvitations(Instant now) {
    return surveys.findDueForInvitations(now).stream().map(SurveyCampaign::getId).toList();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> dueForReminder(Instant now) {
    return surveys.findDueForReminder(now).stream().map(SurveyCampaign::getId).toList();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void invite(long campaignId) {
    try {
      jobs.invite(campaignId);
    } catch (EJBException e) {
      LOG.log(Level.WARNING, e, () -> "Inviting to survey campaign " + campaignId + " failed");
      context.setRollbackOnly();
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void remind(long campaignId) {
    try {
      jobs.remind(campaignId);
    } catch (EJBException e) {
      LOG.log(Level.WARNING, e, () -> "Reminding survey campaign " + campaignId + " failed");
      context.setRollbackOnly();
    }
  }
}

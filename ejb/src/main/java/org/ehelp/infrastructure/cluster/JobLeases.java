package org.ehelp.infrastructure.cluster;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.logging.Logger;
import org.ehelp.domain.model.Times;

/**
 * Leases on periodic jobs, kept in the database that every instance of a cluster shares.
 *
 * <p>Persistent EJB timers fire once per domain, and instances that are separate domains each fire
 * their own copy. A job therefore starts with {@link #acquire}: the instance that gets the lease
 * runs the job, and the others skip it until the lease expires. The holder may renew its own lease
 * at any time. Expiry is compared with each instance's clock, so the clocks of the instances must
 * agree to well within the lease time (NTP does that).
 */
@Stateless
public class JobLeases {

  private static final Logger LOG = Logger.getLogger(JobLeases.class.getName());

  /** This JVM: its Payara instance name, host and a random part that changes at every start. */
  static final String HOLDER =
      System.getProperty("com.sun.aas.instanceName", "server")
          + "@"
          + hostName()
          + "/"
          + UUID.randomUUID();

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext context;

  /**
   * Takes or renews the lease on a job for {@code duration}, and returns whether this instance
   * holds it now. Each attempt runs in a transaction of its own, so a lost race rolls back nothing
   * of the caller's.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public boolean acquire(String job, Duration duration) {
    JobLeases self = context.getBusinessObject(JobLeases.class);
    Instant now = Times.now();
    Instant until = now.plus(duration);

    if (self.renewOrTakeOver(job, now, until) || self.claimNew(job, until)) {
      return true;
    }
    LOG.fine(() -> "Job " + job + " is leased by another instance; skipping this run");
    return false;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean renewOrTakeOver(String job, Instant now, Instant until) {
    int updated =
        em.createNativeQuery(
                "UPDATE job_lease SET holder = ?, expires_at = ?"
                    + " WHERE job_name = ? AND (holder = ? OR expires_at <= ?)")
            .setParameter(1, HOLDER)
            .setParameter(2, until.atOffset(ZoneOffset.UTC))
            .setParameter(3, job)
            .setParameter(4, HOLDER)
            .setParameter(5, now.atOffset(ZoneOffset.UTC))
            .executeUpdate();
    return updated == 1;
  }

  /** Creates the job's first lease; fails quietly when another instance created it first. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public boolean claimNew(String job, Instant until) {
    try {
      context.getBusinessObject(JobLeases.class).insert(job, until);
      return true;
    } catch (EJBException | PersistenceException e) {
      LOG.fine(() -> "Job " + job + " was leased first by another instance: " + e);
      return false;
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void insert(String job, Instant until) {
    em.createNativeQuery("INSERT INTO job_lease (job_name, holder, expires_at) VALUES (?, ?, ?)")
        .setParameter(1, job)
        .setParameter(2, HOLDER)
        .setParameter(3, until.atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }
}

package org.ehelp.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ehelp.application.mail.MailSettings;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.notification.OutboxMail;
import org.ehelp.domain.model.notification.OutboxRepository;
import org.ehelp.domain.model.notification.OutboxState;

/**
 * Sends the outbox: right after a transaction that wrote to it commits, and every ten seconds for
 * retries. The schedule is persistent, so it survives restarts and runs on one instance of a
 * cluster at a time. When several instances send, the row lock and the lease of each message keep
 * it from being sent twice at once.
 *
 * <p>Each message is leased in a transaction of its own before the SMTP call and settled in another
 * after it, so a crash between the two leaves it leased; when the lease runs out it is tried again
 * with the same Message-ID, which lets receiving programs drop the copy. A failure waits for the
 * next try with a doubling delay, and after the last try the message is FAILED for an admin to see
 * and retry.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxDispatcher {

  private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
  private static final int BATCH = 50;
  private static final Duration LEASE = Duration.ofMinutes(2);

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private final AtomicBoolean reportedNoSession = new AtomicBoolean();

  @Inject private OutboxRepository outbox;

  @Inject private SmtpSender sender;

  @Inject private MailSettings settings;

  @Resource private SessionContext context;

  @Schedule(second = "*/10", minute = "*", hour = "*", persistent = true, info = "outbox")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void onSchedule() {
    dispatch();
  }

  /** Sends what is due, in the background; a run already going takes the new messages too. */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void dispatchSoon() {
    dispatch();
  }

  private void dispatch() {
    if (!running.compareAndSet(false, true)) {
      again.set(true);
      return;
    }
    try {
      do {
        again.set(false);
        sendDue();
      } while (again.get());
    } finally {
      running.set(false);
    }
  }

  private void sendDue() {
    Optional<Session> session = sender.session();
    if (session.isEmpty()) {
      if (reportedNoSession.compareAndSet(false, true)) {
        LOG.info(
            () ->
                "No mail session "
                    + settings.session()
                    + " is configured, so notifications stay in the outbox; create it with"
                    + " asadmin create-javamail-resource to send them");
      }
      return;
    }
    reportedNoSession.set(false);
    OutboxDispatcher self = context.getBusinessObject(OutboxDispatcher.class);
    List<Long> due = self.due(Times.now());
    for (long id : due) {
      Optional<OutboxMail> leased = self.lease(id);
      if (leased.isEmpty()) {
        continue;
      }
      String error = send(session.get(), leased.get());
      self.settle(id, error);
    }
  }

  private String send(Session session, OutboxMail mail) {
    try {
      sender.send(session, mail);
      return null;
    } catch (MessagingException | RuntimeException e) {
      // The server being down is expected now and then: one line, the trace only at FINE.
      LOG.warning(
          () ->
              "Sending notification "
                  + mail.getId()
                  + " of request "
                  + mail.getRequestId()
                  + " failed (try "
                  + (mail.getAttempts() + 1)
                  + "): "
                  + e);
      LOG.log(Level.FINE, "Sending notification " + mail.getId() + " failed", e);
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> due(Instant now) {
    return outbox.findDue(now, BATCH);
  }

  /** Leases one message, unless another sender took it or it was settled meanwhile. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<OutboxMail> lease(long id) {
    Instant now = Times.now();
    Optional<OutboxMail> mail = outbox.findForUpdate(id);
    boolean due =
        mail.filter(
                m ->
                    (m.getState() == OutboxState.PENDING && !m.getNextAttemptAt().isAfter(now))
                        || (m.getState() == OutboxState.SENDING
                            && m.getLeaseUntil() != null
                            && m.getLeaseUntil().isBefore(now)))
            .isPresent();
    if (!due) {
      return Optional.empty();
    }
    mail.get().lease(now, LEASE);
    return mail;
  }

  /** Records the result of a try: sent, or failed with the error. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void settle(long id, String error) {
    Instant now = Times.now();
    outbox
        .findForUpdate(id)
        .ifPresent(
            mail -> {
              if (error == null) {
                mail.sent(now);
                LOG.fine(() -> "Notification " + id + " sent");
              } else {
                mail.failed(error, now, settings.retryPolicy());
                if (mail.getState() == OutboxState.FAILED) {
                  LOG.warning(
                      () ->
                          "Notification "
                              + id
                              + " failed after "
                              + mail.getAttempts()
                              + " tries; an admin can retry it from the outbox");
                }
              }
            });
  }
}

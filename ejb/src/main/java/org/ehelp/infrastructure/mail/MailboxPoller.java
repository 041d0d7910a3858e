package org.ehelp.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.ehelp.application.mail.MailSettings;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.mail.Mailbox;
import org.ehelp.domain.model.mail.MailboxRepository;
import org.ehelp.domain.model.mail.MailboxSettings;

/**
 * Polls the mailboxes. A persistent schedule ticks every ten seconds, so it survives restarts and
 * fires on one instance of a cluster. Each mailbox is polled when its own interval has passed,
 * under a lease in the database, so that two instances never read the same mailbox at once.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailboxPoller {

  private static final Logger LOG = Logger.getLogger(MailboxPoller.class.getName());
  private static final Duration LEASE = Duration.ofMinutes(10);

  private final AtomicBoolean running = new AtomicBoolean();

  @Inject private MailboxRepository mailboxes;

  @Inject private MailboxReader reader;

  @Inject private MailSettings settings;

  @Resource private SessionContext context;

  @Schedule(second = "*/10", minute = "*", hour = "*", persistent = true, info = "mailboxes")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void onSchedule() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      MailboxPoller self = context.getBusinessObject(MailboxPoller.class);
      self.applyConfiguredMailbox();
      for (long id : self.mailboxIds()) {
        self.lease(id).ifPresent(connection -> poll(self, connection));
      }
    } finally {
      running.set(false);
    }
  }

  /**
   * Polls one mailbox now, whatever its interval, unless another poll holds it; for the "poll now"
   * button of the portal and the API.
   *
   * @return the report, or empty when the mailbox is being polled already
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Optional<MailboxReader.PollReport> pollNow(long id) {
    MailboxPoller self = context.getBusinessObject(MailboxPoller.class);
    return self.leaseNow(id).map(connection -> poll(self, connection));
  }

  private MailboxReader.PollReport poll(MailboxPoller self, MailboxReader.Connection connection) {
    MailboxReader.PollReport report = reader.poll(connection);
    self.release(connection.id(), report.error());
    if (report.read() > 0 || report.error() != null) {
      LOG.info(
          () ->
              "Mailbox "
                  + connection.id()
                  + ": "
                  + report.processed()
                  + " of "
                  + report.read()
                  + " messages processed"
                  + (report.error() == null ? "" : "; " + report.error()));
    }
    return report;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> mailboxIds() {
    return mailboxes.findAll().stream().filter(Mailbox::isEnabled).map(Mailbox::getId).toList();
  }

  /** Creates or updates the mailbox of the {@code ehelp.mail.mailbox.*} settings. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void applyConfiguredMailbox() {
    Optional<MailboxSettings> configured = settings.configuredMailbox();
    if (configured.isEmpty()) {
      return;
    }
    Optional<Mailbox> existing = mailboxes.findByName(MailSettings.CONFIGURED_MAILBOX);
    Mailbox mailbox = existing.orElseGet(() -> new Mailbox(MailSettings.CONFIGURED_MAILBOX));
    mailbox.configure(configured.get());
    if (existing.isEmpty()) {
      mailboxes.add(mailbox);
    }
  }

  /** Takes the lease of a mailbox whose interval has passed. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<MailboxReader.Connection> lease(long id) {
    Instant now = Times.now();
    return mailboxes
        .findForUpdate(id)
        .filter(m -> m.isDue(now))
        .filter(m -> m.lease(now, LEASE))
        .map(MailboxPoller::connection);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<MailboxReader.Connection> leaseNow(long id) {
    Instant now = Times.now();
    return mailboxes
        .findForUpdate(id)
        .filter(m -> m.lease(now, LEASE))
        .map(MailboxPoller::connection);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void release(long id, String error) {
    mailboxes.findForUpdate(id).ifPresent(m -> m.polled(Times.now(), error));
  }

  private static MailboxReader.Connection connection(Mailbox mailbox) {
    return new MailboxReader.Connection(
        mailbox.getId(),
        mailbox.key(),
        mailbox.getProtocol(),
        mailbox.getSecurity(),
        mailbox.getHost(),
        mailbox.getPort(),
        mailbox.getUsername(),
        mailbox.getPassword(),
        mailbox.getFolder(),
        mailbox.isTrustCertificate());
  }
}

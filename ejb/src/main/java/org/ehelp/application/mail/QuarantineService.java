package org.ehelp.application.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ehelp.application.CurrentUser;
import org.ehelp.domain.error.ActionRejectedException;
import org.ehelp.domain.error.NotFoundException;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.mail.InboundMail;
import org.ehelp.domain.model.mail.InboundMailRepository;
import org.ehelp.domain.model.mail.InboundOutcome;
import org.ehelp.domain.model.mail.MailAddress;
import org.ehelp.domain.model.mail.ParsedMail;
import org.ehelp.domain.model.mail.QuarantineState;
import org.ehelp.domain.model.mail.QuarantinedMail;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.Role;
import org.ehelp.infrastructure.mail.mime.MimeMailParser;

/**
 * The quarantine: messages that could not be processed, kept whole so that they never block the
 * messages behind them and an admin can look at them, download them and process them again.
 */
@Stateless
public class QuarantineService {

  private static final Logger LOG = Logger.getLogger(QuarantineService.class.getName());

  @Inject private InboundMailRepository inbound;

  @Inject private MimeMailParser parser;

  @Inject private MailIntakeService intake;

  @Inject private CurrentUser currentUser;

  /** One page of quarantined messages. */
  public record Page(List<QuarantinedMail> items, long total) {}

  /**
   * Keeps a message that intake could not process, in a transaction of its own. A message that was
   * processed meanwhile (another instance got there first) is left alone.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public IntakeResult keep(byte[] raw, String mailboxKey, Throwable failure) {
    ParsedMail headers = tryParse(raw);
    String messageId = headers == null ? null : headers.messageId();
    String key = InboundMail.messageKey(messageId, raw);
    Optional<InboundMail> earlier = inbound.find(mailboxKey, key);
    if (earlier.isPresent() && earlier.get().getOutcome() != InboundOutcome.QUARANTINED) {
      InboundMail done = earlier.get();
      return new IntakeResult(
          done.getId(),
          done.getOutcome(),
          true,
          done.getRequestId(),
          done.getCommentId(),
          null,
          "received before");
    }
    if (earlier.isPresent()) {
      Optional<QuarantinedMail> kept = inbound.findQuarantinedByInbound(earlier.get().getId());
      Long keptId = kept.map(QuarantinedMail::getId).orElse(null);
      return new IntakeResult(
          earlier.get().getId(),
          InboundOutcome.QUARANTINED,
          true,
          null,
          null,
          keptId,
          "already in quarantine");
    }

    InboundMail record =
        new InboundMail(
            mailboxKey,
            key,
            messageId,
            headers == null ? null : headers.from().map(MailAddress::normalized).orElse(null),
            headers == null ? null : headers.subject(),
            raw.length,
            Times.now());
    inbound.add(record);
    String reason = describe(failure);
    record.settle(InboundOutcome.QUARANTINED, reason, null, null);
    QuarantinedMail quarantined = new QuarantinedMail(record, reason, Times.now());
    inbound.add(quarantined, raw);
    LOG.log(
        Level.WARNING,
        "Message " + record.getId() + " quarantined as " + quarantined.getId() + ": " + reason,
        failure);
    return new IntakeResult(
        record.getId(), InboundOutcome.QUARANTINED, false, null, null, quarantined.getId(), reason);
  }

  /** Lists quarantined messages, newest first; admins only. */
  public Page list(QuarantineState state, int offset, int limit) {
    requireAdmin();
    int size = Math.max(1, Math.min(limit, 200));
    return new Page(
        inbound.listQuarantined(state, Math.max(0, offset), size), inbound.countQuarantined(state));
  }

  public QuarantinedMail get(long id) {
    requireAdmin();
    return inbound.findQuarantined(id).orElseThrow(() -> notFound(id));
  }

  /** Returns the raw bytes of a quarantined message, as received. */
  public byte[] raw(long id) {
    requireAdmin();
    return inbound.quarantinedContent(id).orElseThrow(() -> notFound(id));
  }

  /**
   * Processes a quarantined message again. On success the entry is resolved; on failure it stays
   * open with the new reason.
   */
  public IntakeResult reprocess(long id) {
    Person admin = requireAdmin();
    QuarantinedMail quarantined = inbound.findQuarantined(id).orElseThrow(() -> notFound(id));
    if (quarantined.getState() != QuarantineState.OPEN) {
      throw ActionRejectedException.conflict("error.mail.quarantineResolved", id);
    }
    byte[] raw = inbound.quarantinedContent(id).orElseThrow(() -> notFound(id));
    try {
      IntakeResult result = intake.reprocess(raw, id, admin.getId());
      LOG.info(() -> "Quarantined message " + id + " reprocessed: " + result.outcome());
      return result;
    } catch (RuntimeException e) {
      String reason = describe(e);
      quarantined.failedAgain(reason, Times.now());
      LOG.log(Level.WARNING, "Quarantined message " + id + " failed again: " + reason, e);
      return new IntakeResult(
          quarantined.getInbound().getId(),
          InboundOutcome.QUARANTINED,
          false,
          null,
          null,
          id,
          reason);
    }
  }

  /** Drops a quarantined message; its bytes stay for the record. */
  public void discard(long id) {
    Person admin = requireAdmin();
    QuarantinedMail quarantined = inbound.findQuarantined(id).orElseThrow(() -> notFound(id));
    quarantined.resolve(QuarantineState.DISCARDED, admin.getId(), Times.now());
    LOG.info(() -> "Quarantined message " + id + " discarded by person " + admin.getId());
  }

  private ParsedMail tryParse(byte[] raw) {
    try {
      return parser.parse(raw);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Describes a failure by its innermost cause, which names what went wrong. */
  static String describe(Throwable failure) {
    if (failure == null) {
      return "unknown failure";
    }
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? "" : ": " + root.getMessage();
    return root.getClass().getSimpleName() + message;
  }

  private Person requireAdmin() {
    Person caller = currentUser.require();
    if (!caller.hasRole(Role.ADMIN)) {
      throw ActionRejectedException.forbidden("error.mail.adminOnly");
    }
    return caller;
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("EH-MAIL-404", "error.mail.quarantineNotFound", id);
  }
}

package org.ehelp.application.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.ehelp.application.CurrentUser;
import org.ehelp.domain.error.ActionRejectedException;
import org.ehelp.domain.error.NotFoundException;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.notification.OutboxMail;
import org.ehelp.domain.model.notification.OutboxRepository;
import org.ehelp.domain.model.notification.OutboxState;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.Role;

/**
 * The outbox as admins see it: every notification with its state, tries and last error, and a retry
 * for the failed ones. Without an SMTP server (the demo) it is where notifications are read.
 */
@Stateless
public class OutboxService {

  private static final Logger LOG = Logger.getLogger(OutboxService.class.getName());

  @Inject private OutboxRepository outbox;

  @Inject private CurrentUser currentUser;

  @Inject private jakarta.enterprise.event.Event<OutboxWritten> written;

  /** One page of the outbox. */
  public record Page(List<OutboxMail> items, long total) {}

  /**
   * Lists notifications, newest first.
   *
   * @param state only this state, or null for all
   * @param requestId only this request's, or null for all
   */
  public Page list(OutboxState state, Long requestId, int offset, int limit) {
    requireAdmin();
    int size = Math.max(1, Math.min(limit, 200));
    return new Page(
        outbox.list(state, requestId, Math.max(0, offset), size), outbox.count(state, requestId));
  }

  public OutboxMail get(long id) {
    requireAdmin();
    return outbox.findById(id).orElseThrow(() -> notFound(id));
  }

  /** Puts a failed notification back in line, with a full set of tries. */
  public OutboxMail retry(long id) {
    Person admin = requireAdmin();
    OutboxMail mail = outbox.findForUpdate(id).orElseThrow(() -> notFound(id));
    if (mail.getState() != OutboxState.FAILED) {
      throw ActionRejectedException.conflict("error.mail.retryNotFailed", id);
    }
    mail.retry(Times.now());
    written.fire(new OutboxWritten());
    LOG.info(() -> "Notification " + id + " put back in the outbox by person " + admin.getId());
    return mail;
  }

  private Person requireAdmin() {
    Person caller = currentUser.require();
    if (!caller.hasRole(Role.ADMIN)) {
      throw ActionRejectedException.forbidden("error.mail.adminOnly");
    }
    return caller;
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("EH-MAIL-404", "error.mail.outboxNotFound", id);
  }
}

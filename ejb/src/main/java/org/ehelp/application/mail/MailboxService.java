package org.ehelp.application.mail;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.ehelp.application.CurrentUser;
import org.ehelp.domain.error.ActionRejectedException;
import org.ehelp.domain.error.ConflictException;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.error.NotFoundException;
import org.ehelp.domain.model.mail.Mailbox;
import org.ehelp.domain.model.mail.MailboxRepository;
import org.ehelp.domain.model.mail.MailboxSettings;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.Role;

/** The mailboxes eHelp polls, as admins manage them in the portal and over the API. */
@Stateless
public class MailboxService {

  private static final Logger LOG = Logger.getLogger(MailboxService.class.getName());

  @Inject private MailboxRepository mailboxes;

  @Inject private CurrentUser currentUser;

  public List<Mailbox> list() {
    requireAdmin();
    return mailboxes.findAll();
  }

  public Mailbox get(long id) {
    requireAdmin();
    return mailboxes.findById(id).orElseThrow(() -> notFound(id));
  }

  public Mailbox create(MailboxSettings settings) {
    requireAdmin();
    validate(settings);
    if (mailboxes.findByName(settings.name().strip()).isPresent()) {
      throw new ConflictException("EH-MAIL-409", "error.mail.mailboxNameTaken", settings.name());
    }
    Mailbox mailbox = new Mailbox(settings.name().strip());
    mailbox.configure(settings);
    mailboxes.add(mailbox);
    LOG.info(() -> "Mailbox " + mailbox.getId() + " added: " + mailbox.key());
    return mailbox;
  }

  public Mailbox update(long id, MailboxSettings settings) {
    requireAdmin();
    validate(settings);
    Mailbox mailbox = mailboxes.findById(id).orElseThrow(() -> notFound(id));
    mailboxes
        .findByName(settings.name().strip())
        .filter(other -> !other.getId().equals(id))
        .ifPresent(
            other -> {
              throw new ConflictException(
                  "EH-MAIL-409", "error.mail.mailboxNameTaken", settings.name());
            });
    mailbox.configure(settings);
    LOG.info(() -> "Mailbox " + id + " changed: " + mailbox.key());
    return mailbox;
  }

  public void delete(long id) {
    requireAdmin();
    Mailbox mailbox = mailboxes.findById(id).orElseThrow(() -> notFound(id));
    mailboxes.remove(mailbox);
    LOG.info(() -> "Mailbox " + id + " removed");
  }

  private static void validate(MailboxSettings s) {
    required(s.name(), "name");
    required(s.host(), "host");
    required(s.username(), "username");
    required(s.folder(), "folder");
    if (s.protocol() == null) {
      throw new InvalidInputException("EH-MAIL-400", "error.input.missing", "protocol");
    }
    if (s.security() == null) {
      throw new InvalidInputException("EH-MAIL-400", "error.input.missing", "security");
    }
    if (s.port() < 1 || s.port() > 65535) {
      throw new InvalidInputException("EH-MAIL-400", "error.mail.port", s.port());
    }
    if (s.pollIntervalSeconds() < 0 || s.pollIntervalSeconds() > 86_400) {
      throw new InvalidInputException(
          "EH-MAIL-400", "error.mail.interval", s.pollIntervalSeconds());
    }
    if (s.host().strip().toLowerCase(Locale.ROOT).contains("/")) {
      throw new InvalidInputException("EH-MAIL-400", "error.input.invalid", "host", s.host());
    }
  }

  private static void required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("EH-MAIL-400", "error.input.missing", field);
    }
  }

  private Person requireAdmin() {
    Person caller = currentUser.require();
    if (!caller.hasRole(Role.ADMIN)) {
      throw ActionRejectedException.forbidden("error.mail.adminOnly");
    }
    return caller;
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("EH-MAIL-404", "error.mail.mailboxNotFound", id);
  }
}

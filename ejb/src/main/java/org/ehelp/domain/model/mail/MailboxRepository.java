package org.ehelp.domain.model.mail;

import java.util.List;
import java.util.Optional;

/** The mailboxes eHelp polls. */
public interface MailboxRepository {

  List<Mailbox> findAll();

  Optional<Mailbox> findById(long id);

  /** Finds one mailbox, locked until the transaction ends, to take or give back its lease. */
  Optional<Mailbox> findForUpdate(long id);

  Optional<Mailbox> findByName(String name);

  void add(Mailbox mailbox);

  void remove(Mailbox mailbox);
}

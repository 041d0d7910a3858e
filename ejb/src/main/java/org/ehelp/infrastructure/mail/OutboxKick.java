package org.ehelp.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.ehelp.application.notification.OutboxWritten;

/**
 * Starts sending as soon as a transaction that wrote to the outbox commits. Nothing happens for a
 * transaction that rolls back: its messages are gone with it.
 */
@ApplicationScoped
public class OutboxKick {

  @Inject private OutboxDispatcher dispatcher;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
    dispatcher.dispatchSoon();
  }
}

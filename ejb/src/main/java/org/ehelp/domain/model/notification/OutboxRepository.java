package org.ehelp.domain.model.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox of notifications. */
public interface OutboxRepository {

  /** Stores a message; one for the same event and address already there fails when flushed. */
  void add(OutboxMail mail);

  boolean exists(String eventKey, String toAddress);

  Optional<OutboxMail> findById(long id);

  /** Finds one message, locked until the transaction ends, to lease it or record a try. */
  Optional<OutboxMail> findForUpdate(long id);

  /**
   * Lists the ids of messages due for a try: pending ones whose time has come, and ones whose
   * sender's lease ran out (the sender stopped before it reported).
   */
  List<Long> findDue(Instant now, int limit);

  /** Lists messages, newest first, in one state or in all when it is null. */
  List<OutboxMail> list(OutboxState state, Long requestId, int offset, int limit);

  long count(OutboxState state, Long requestId);
}

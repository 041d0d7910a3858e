package org.ehelp.domain.model.mail;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Received messages, the Message-IDs of request threads, and the quarantine. */
public interface InboundMailRepository {

  Optional<InboundMail> find(String mailboxKey, String messageKey);

  Optional<InboundMail> findById(long id);

  /** Stores a received message; a second one with the same key fails when flushed. */
  void add(InboundMail mail);

  /** Counts the messages received from a sender since the given time. */
  long countFromSender(String sender, Instant since);

  /** Lists the messages that entered a request, oldest first, for its mail view. */
  List<InboundMail> findByRequest(long requestId);

  /** Records that a Message-ID belongs to a request; an id already known is left as it is. */
  void rememberThread(String messageId, long requestId);

  /** Returns the request the first known of these Message-IDs belongs to. */
  Optional<Long> findThread(Collection<String> messageIds);

  void add(QuarantinedMail quarantined, byte[] raw);

  Optional<QuarantinedMail> findQuarantined(long id);

  Optional<QuarantinedMail> findQuarantinedByInbound(long inboundId);

  Optional<byte[]> quarantinedContent(long id);

  /** Lists quarantined messages, newest first, in one state or in all when it is null. */
  List<QuarantinedMail> listQuarantined(QuarantineState state, int offset, int limit);

  long countQuarantined(QuarantineState state);
}

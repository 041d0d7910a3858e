package org.ehelp.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A message waiting in the outbox, written in the transaction of the change it announces, so it
 * exists exactly when the change was committed. It is rendered when written, in the recipient's
 * language, and sent later with retries; its Message-ID stays the same across tries.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

  @Id
  @SequenceGenerator(
      name = "mail_outbox_seq",
      sequenceName = "mail_outbox_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  private NotificationKind kind;

  @Column(name = "event_key")
  private String eventKey;

  @Column(name = "request_id")
  private Long requestId;

  @Column(name = "recipient_id")
  private Long recipientId;

  @Column(name = "to_address")
  private String toAddress;

  @Column(name = "to_name")
  private String toName;

  private String language;

  private String subject;

  private String body;

  @Column(name = "message_id")
  private String messageId;

  @Column(name = "in_reply_to")
  private String inReplyTo;

  @Column(name = "mail_references")
  private String references;

  @Column(name = "auto_submitted")
  private String autoSubmitted;

  @Enumerated(EnumType.STRING)
  private OutboxState state;

  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Version private long version;

  protected OutboxMail() {}

  public OutboxMail(
      NotificationKind kind,
      String eventKey,
      Long requestId,
      Long recipientId,
      Envelope envelope,
      Instant createdAt) {
    this.kind = kind;
    this.eventKey = eventKey;
    this.requestId = requestId;
    this.recipientId = recipientId;
    this.toAddress = envelope.toAddress();
    this.toName = cut(envelope.toName(), 200);
    this.language = envelope.language();
    this.subject = cut(envelope.subject(), 1000);
    this.body = cut(envelope.body(), 100_000);
    this.messageId = envelope.messageId();
    this.inReplyTo = cut(envelope.inReplyTo(), 1000);
    this.references = cut(envelope.references(), 4000);
    this.autoSubmitted = envelope.autoSubmitted();
    this.state = OutboxState.PENDING;
    this.nextAttemptAt = createdAt;
    this.createdAt = createdAt;
  }

  /** Holds the message back until {@code notBefore}, such as the next opening hour of the desk. */
  public void deferUntil(Instant notBefore) {
    if (notBefore != null && notBefore.isAfter(nextAttemptAt)) {
      nextAttemptAt = notBefore;
    }
  }

  /** Takes the message for one try; another sender skips it until the lease runs out. */
  public void lease(Instant now, Duration length) {
    state = OutboxState.SENDING;
    leaseUntil = now.plus(length);
  }

  public void sent(Instant at) {
    state = OutboxState.SENT;
    sentAt = at;
    leaseUntil = null;
    lastError = null;
    attempts++;
  }

  /** Records a failed try: the message waits for the next try, or fails for good after the last. */
  public void failed(String error, Instant now, RetryPolicy retries) {
    attempts++;
    lastError = cut(error, 2000);
    leaseUntil = null;
    if (attempts >= retries.maxAttempts()) {
      state = OutboxState.FAILED;
    } else {
      state = OutboxState.PENDING;
      nextAttemptAt = now.plus(retries.delayAfter(attempts));
    }
  }

  /** Puts a failed message back in line for an admin; it gets the full number of tries again. */
  public void retry(Instant now) {
    state = OutboxState.PENDING;
    attempts = 0;
    nextAttemptAt = now;
    leaseUntil = null;
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public String getEventKey() {
    return eventKey;
  }

  public Long getRequestId() {
    return requestId;
  }

  public Long getRecipientId() {
    return recipientId;
  }

  public String getToAddress() {
    return toAddress;
  }

  public String getToName() {
    return toName;
  }

  public String getLanguage() {
    return language;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getMessageId() {
    return messageId;
  }

  public String getInReplyTo() {
    return inReplyTo;
  }

  public String getReferences() {
    return references;
  }

  public String getAutoSubmitted() {
    return autoSubmitted;
  }

  public OutboxState getState() {
    return state;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getLeaseUntil() {
    return leaseUntil;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}

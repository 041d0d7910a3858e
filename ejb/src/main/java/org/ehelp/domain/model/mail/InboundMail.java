package org.ehelp.domain.model.mail;

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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A message eHelp received from a mailbox or the pipe endpoint, and what it did with it. There is
 * one per mailbox and Message-ID, so a message delivered twice is processed once.
 */
@Entity
@Table(name = "inbound_mail")
public class InboundMail {

  private static final int MAX_SUBJECT = 1000;

  @Id
  @SequenceGenerator(
      name = "inbound_mail_seq",
      sequenceName = "inbound_mail_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbound_mail_seq")
  private Long id;

  @Column(name = "mailbox_key")
  private String mailboxKey;

  @Column(name = "message_key")
  private String messageKey;

  @Column(name = "message_id")
  private String messageId;

  private String sender;

  private String subject;

  @Column(name = "size_bytes")
  private int size;

  @Column(name = "received_at")
  private Instant receivedAt;

  @Enumerated(EnumType.STRING)
  private InboundOutcome outcome;

  private String detail;

  @Column(name = "request_id")
  private Long requestId;

  @Column(name = "comment_id")
  private Long commentId;

  @Column(name = "body_html")
  private String bodyHtml;

  @Version private long version;

  protected InboundMail() {}

  public InboundMail(
      String mailboxKey,
      String messageKey,
      String messageId,
      String sender,
      String subject,
      int size,
      Instant receivedAt) {
    this.mailboxKey = mailboxKey;
    this.messageKey = messageKey;
    this.messageId = cut(messageId, 1000);
    this.sender = cut(sender, 320);
    this.subject = cut(subject, MAX_SUBJECT);
    this.size = size;
    this.receivedAt = receivedAt;
    this.outcome = InboundOutcome.QUARANTINED;
  }

  /**
   * Returns the key a message is unique by within a mailbox: the SHA-256 of its Message-ID, or of
   * its bytes when it has none.
   */
  public static String messageKey(String messageId, byte[] raw) {
    byte[] input =
        messageId == null || messageId.isBlank()
            ? raw
            : messageId.strip().getBytes(StandardCharsets.UTF_8);
    return sha256(input);
  }

  /** Returns the SHA-256 of the bytes in lower-case hexadecimal. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Records the outcome, with the request and comment it produced, if any. */
  public void settle(InboundOutcome outcome, String detail, Long requestId, Long commentId) {
    this.outcome = outcome;
    this.detail = cut(detail, 2000);
    this.requestId = requestId;
    this.commentId = commentId;
  }

  public void keepHtml(String html) {
    this.bodyHtml = cut(html, 1_000_000);
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public String getMailboxKey() {
    return mailboxKey;
  }

  public String getMessageKey() {
    return messageKey;
  }

  public String getMessageId() {
    return messageId;
  }

  public String getSender() {
    return sender;
  }

  public String getSubject() {
    return subject;
  }

  public int getSize() {
    return size;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public InboundOutcome getOutcome() {
    return outcome;
  }

  public String getDetail() {
    return detail;
  }

  public Long getRequestId() {
    return requestId;
  }

  public Long getCommentId() {
    return commentId;
  }

  public String getBodyHtml() {
    return bodyHtml;
  }
}

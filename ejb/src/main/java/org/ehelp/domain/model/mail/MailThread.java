package org.ehelp.domain.model.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A Message-ID known to belong to a request, because eHelp received it for the request or sent it
 * about the request; a reply that names it in In-Reply-To or References answers that request.
 */
@Entity
@Table(name = "mail_thread")
public class MailThread {

  @Id
  @SequenceGenerator(
      name = "mail_thread_seq",
      sequenceName = "mail_thread_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_thread_seq")
  private Long id;

  @Column(name = "id_hash")
  private String idHash;

  @Column(name = "request_id")
  private long requestId;

  protected MailThread() {}

  public MailThread(String messageId, long requestId) {
    this.idHash = hash(messageId);
    this.requestId = requestId;
  }

  /** Returns the key a Message-ID is stored under: the SHA-256 of its text without brackets. */
  public static String hash(String messageId) {
    return InboundMail.sha256(
        messageId
            .strip()
            .replaceAll("^<|>$", "")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  public long getRequestId() {
    return requestId;
  }
}

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
import java.time.Instant;

/**
 * An admin's version of the template of one kind of notification in one language. Kinds and
 * languages without one use the template shipped with eHelp.
 */
@Entity
@Table(name = "mail_template")
public class MailTemplate {

  @Id
  @SequenceGenerator(
      name = "mail_template_seq",
      sequenceName = "mail_template_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_template_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  private NotificationKind kind;

  private String language;

  private String subject;

  private String body;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private Long updatedBy;

  @Version private long version;

  protected MailTemplate() {}

  public MailTemplate(NotificationKind kind, String language) {
    this.kind = kind;
    this.language = language;
  }

  public void change(String subject, String body, Long adminId, Instant at) {
    this.subject = subject;
    this.body = body;
    this.updatedBy = adminId;
    this.updatedAt = at;
  }

  public NotificationKind getKind() {
    return kind;
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

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}

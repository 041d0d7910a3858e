package org.ehelp.domain.model.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The raw bytes of a quarantined message, apart so that lists never load them. */
@Entity
@Table(name = "mail_quarantine_raw")
public class QuarantinedContent {

  @Id
  @Column(name = "quarantine_id")
  private Long quarantineId;

  private byte[] content;

  protected QuarantinedContent() {}

  public QuarantinedContent(long quarantineId, byte[] content) {
    this.quarantineId = quarantineId;
    this.content = content.clone();
  }

  public byte[] getContent() {
    return content.clone();
  }
}

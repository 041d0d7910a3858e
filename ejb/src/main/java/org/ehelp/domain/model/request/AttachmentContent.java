package org.ehelp.domain.model.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one {@link Attachment}, stored apart from its description. */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent {

  @Id
  @Column(name = "attachment_id")
  private Long attachmentId;

  private byte[] content;

  protected AttachmentContent() {}

  public AttachmentContent(long attachmentId, byte[] content) {
    this.attachmentId = attachmentId;
    this.content = content.clone();
  }

  public Long getAttachmentId() {
    return attachmentId;
  }

  public byte[] getContent() {
    return content.clone();
  }
}

package org.ehelp.domain.model.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of one {@link Attachment}, stored apart from its description, with the text read from
 * them for search.
 */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent {

  @Id
  @Column(name = "attachment_id")
  private Long attachmentId;

  private byte[] content;

  @Column(name = "extracted_text")
  private String text;

  protected AttachmentContent() {}

  /**
   * Holds the bytes of an attachment.
   *
   * @param text the text read from them, or null when they have none
   */
  public AttachmentContent(long attachmentId, byte[] content, String text) {
    this.attachmentId = attachmentId;
    this.content = content.clone();
    this.text = text == null || text.isBlank() ? null : text;
  }

  public Long getAttachmentId() {
    return attachmentId;
  }

  public byte[] getContent() {
    return content.clone();
  }

  /** Returns the text read from the file, or null when it has none or was stored without. */
  public String getText() {
    return text;
  }
}

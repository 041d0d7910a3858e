package org.ehelp.domain.model.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ehelp.domain.model.person.Person;

/**
 * A file attached to a request. It is read through the request, so whoever may read the request may
 * download it, except an internal attachment, which only service desk staff see. The bytes are an
 * {@link AttachmentContent} of their own, so that lists never load them.
 */
@Entity
@Table(name = "request_attachment")
public class Attachment {

  @Id
  @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id")
  private ServiceRequest request;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "media_type")
  private String mediaType;

  @Column(name = "size_bytes")
  private long sizeBytes;

  private String sha256;

  private boolean internal;

  @Enumerated(EnumType.STRING)
  private AttachmentSource source;

  @ManyToOne
  @JoinColumn(name = "uploaded_by")
  private Person uploadedBy;

  @Column(name = "uploaded_at")
  private Instant uploadedAt;

  @Column(name = "comment_id")
  private Long commentId;

  @Column(name = "inbound_id")
  private Long inboundId;

  @Column(name = "content_id")
  private String contentId;

  @Column(name = "inline_part")
  private boolean inline;

  protected Attachment() {}

  /**
   * Describes a file attached to a request.
   *
   * @param uploadedBy the person who attached it, or null when it came from a mail sender unknown
   *     to eHelp
   */
  public Attachment(
      ServiceRequest request,
      String fileName,
      String mediaType,
      long sizeBytes,
      String sha256,
      boolean internal,
      AttachmentSource source,
      Person uploadedBy,
      Instant uploadedAt) {
    this.request = request;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.internal = internal;
    this.source = source;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  /**
   * Records that the file came with a received message.
   *
   * @param comment the comment the message became, or null when it opened the request
   * @param contentIdentifier the Content-ID that the message's HTML refers to it by, or null
   * @param inlinePart whether the message showed it inline, as an image in its text
   */
  public void receivedWith(
      long inboundMailId, Long comment, String contentIdentifier, boolean inlinePart) {
    this.inboundId = inboundMailId;
    this.commentId = comment;
    this.contentId =
        contentIdentifier == null || contentIdentifier.length() <= 1000
            ? contentIdentifier
            : contentIdentifier.substring(0, 1000);
    this.inline = inlinePart;
  }

  public Long getId() {
    return id;
  }

  public ServiceRequest getRequest() {
    return request;
  }

  public String getFileName() {
    return fileName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public boolean isInternal() {
    return internal;
  }

  public AttachmentSource getSource() {
    return source;
  }

  public Person getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  /** Returns the comment the file came with, or null. */
  public Long getCommentId() {
    return commentId;
  }

  /** Returns the received message the file came with, or null. */
  public Long getInboundId() {
    return inboundId;
  }

  /** Returns the Content-ID of an inline part, or null. */
  public String getContentId() {
    return contentId;
  }

  public boolean isInline() {
    return inline;
  }
}

package org.ehelp.application.attachments;

import java.time.Instant;
import org.ehelp.application.PersonRef;
import org.ehelp.domain.model.request.Attachment;
import org.ehelp.domain.model.request.AttachmentSource;

/**
 * An attachment as a reader of its request sees it, without its bytes.
 *
 * @param uploadedBy who attached it, or null when it came from a sender unknown to eHelp
 */
public record AttachmentItem(
    long id,
    long requestId,
    String fileName,
    String mediaType,
    long sizeBytes,
    boolean internal,
    AttachmentSource source,
    PersonRef uploadedBy,
    Instant uploadedAt) {

  public static AttachmentItem of(Attachment attachment) {
    return new AttachmentItem(
        attachment.getId(),
        attachment.getRequest().getId(),
        attachment.getFileName(),
        attachment.getMediaType(),
        attachment.getSizeBytes(),
        attachment.isInternal(),
        attachment.getSource(),
        PersonRef.of(attachment.getUploadedBy()),
        attachment.getUploadedAt());
  }
}

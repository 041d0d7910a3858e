package org.ehelp.domain.model.request;

import java.util.List;
import java.util.Optional;

/** The files attached to requests. */
public interface AttachmentRepository {

  /** Stores the description and the bytes of a new attachment, and assigns its id. */
  void add(Attachment attachment, byte[] content);

  Optional<Attachment> findById(long id);

  /** Lists the attachments of a request, oldest first, without their bytes. */
  List<Attachment> findByRequest(long requestId);

  /** Reads the bytes of an attachment. */
  Optional<byte[]> content(long attachmentId);
}

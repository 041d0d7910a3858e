package org.ehelp.domain.model.request;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The files attached to requests. */
public interface AttachmentRepository {

  /**
   * Stores the description, the bytes and the text of a new attachment, and assigns its id.
   *
   * @param text the text read from the file for search, or null when it has none
   */
  void add(Attachment attachment, byte[] content, String text);

  Optional<Attachment> findById(long id);

  /** Lists the attachments of a request, oldest first, without their bytes. */
  List<Attachment> findByRequest(long requestId);

  /** Reads the bytes of an attachment. */
  Optional<byte[]> content(long attachmentId);

  /**
   * Reads the text of a request's attachments by attachment id; those without text are left out.
   */
  Map<Long, String> texts(long requestId);
}

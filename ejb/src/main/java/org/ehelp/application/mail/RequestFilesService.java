package org.ehelp.application.mail;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.ehelp.application.CurrentUser;
import org.ehelp.domain.error.NotFoundException;
import org.ehelp.domain.model.mail.InboundMail;
import org.ehelp.domain.model.mail.InboundMailRepository;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.request.AccessRule;
import org.ehelp.domain.model.request.Attachment;
import org.ehelp.domain.model.request.AttachmentRepository;
import org.ehelp.domain.model.request.RequestRepository;
import org.ehelp.domain.model.request.ServiceRequest;

/**
 * The files and the received messages of a request, read through {@link AccessRule}: a request the
 * caller may not read, and its files, are not found. Internal files are for staff only.
 */
@Stateless
public class RequestFilesService {

  @Inject private CurrentUser currentUser;

  @Inject private RequestRepository requests;

  @Inject private AttachmentRepository attachments;

  @Inject private InboundMailRepository inbound;

  /** A file with its bytes, for download. */
  public record File(Attachment attachment, byte[] content) {}

  /** Returns the files of a request the caller may read. */
  public List<Attachment> list(long requestId) {
    Person reader = currentUser.require();
    readable(requestId, reader);
    return attachments.findByRequest(requestId).stream()
        .filter(a -> !a.isInternal() || reader.isStaff())
        .toList();
  }

  /** Returns one file of a request the caller may read. */
  public File download(long requestId, long attachmentId) {
    Person reader = currentUser.require();
    readable(requestId, reader);
    Attachment attachment =
        attachments
            .findById(attachmentId)
            .filter(a -> a.getRequest().getId() == requestId)
            .filter(a -> !a.isInternal() || reader.isStaff())
            .orElseThrow(() -> fileNotFound(requestId, attachmentId));
    byte[] content =
        attachments.content(attachmentId).orElseThrow(() -> fileNotFound(requestId, attachmentId));
    return new File(attachment, content);
  }

  /** Returns the messages received for a request, oldest first, with their sanitized HTML. */
  public List<InboundMail> messages(long requestId) {
    Person reader = currentUser.require();
    readable(requestId, reader);
    return inbound.findByRequest(requestId);
  }

  private ServiceRequest readable(long requestId, Person reader) {
    return requests
        .findById(requestId)
        .filter(r -> AccessRule.canRead(reader, r))
        .orElseThrow(
            () ->
                new NotFoundException(
                    "EH-REQUEST-404", "error.request.notFound", "EH-" + requestId));
  }

  private static NotFoundException fileNotFound(long requestId, long attachmentId) {
    return new NotFoundException(
        "EH-FILE-404", "error.mail.fileNotFound", "EH-" + requestId, attachmentId);
  }
}

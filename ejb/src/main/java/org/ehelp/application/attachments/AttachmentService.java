package org.ehelp.application.attachments;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.ehelp.application.CurrentUser;
import org.ehelp.domain.error.ActionRejectedException;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.error.NotFoundException;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.request.AccessRule;
import org.ehelp.domain.model.request.Attachment;
import org.ehelp.domain.model.request.AttachmentAdded;
import org.ehelp.domain.model.request.AttachmentRepository;
import org.ehelp.domain.model.request.AttachmentSource;
import org.ehelp.domain.model.request.RequestRepository;
import org.ehelp.domain.model.request.ServiceRequest;

/**
 * Attaches files to requests and hands them back, through {@link AccessRule}: a person may upload
 * to and download from the requests they may read, and only service desk staff see internal
 * attachments. Anything else is reported as not found. The text of a stored file is read once, for
 * search (see {@link AttachmentTexts}).
 */
@Stateless
public class AttachmentService {

  private static final Logger LOG = Logger.getLogger(AttachmentService.class.getName());
  private static final int MAX_NAME = 255;
  private static final int MAX_MEDIA_TYPE = 200;

  @Inject private CurrentUser currentUser;

  @Inject private RequestRepository requests;

  @Inject private AttachmentRepository attachments;

  @Inject private AttachmentSettings settings;

  @Inject private AttachmentTexts texts;

  @Inject private Event<AttachmentAdded> added;

  /** Returns the limits an upload must respect now. */
  public AttachmentLimits limits() {
    return new AttachmentLimits(settings.maxBytes(), settings.allowedExtensions());
  }

  /** Attaches a file to a request for the caller, as an internal one when asked and allowed. */
  public AttachmentItem upload(long requestId, String fileName, byte[] content, boolean internal) {
    Person uploader = currentUser.require();
    ServiceRequest request = readable(requestId, uploader);
    if (internal && !uploader.isStaff()) {
      throw new InvalidInputException(
          "EH-ATTACHMENT-400", "error.attachment.internalStaffOnly", request.getNumber());
    }
    return AttachmentItem.of(
        store(request, fileName, content, internal, AttachmentSource.PORTAL, uploader));
  }

  /**
   * Checks and stores a file for callers that already decided it may be attached, such as the mail
   * intake: the state, name, size and type rules apply, but not the reader's rights.
   *
   * @param uploader the person attaching it, or null for a sender unknown to eHelp
   */
  public Attachment store(
      ServiceRequest request,
      String fileName,
      byte[] content,
      boolean internal,
      AttachmentSource source,
      Person uploader) {
    if (request.getState().isFinal()) {
      throw ActionRejectedException.conflict("error.attachment.final", request.getNumber());
    }
    String name = cleanName(fileName);
    FileTypes.FileType type = checkType(name, content);
    long max = settings.maxBytes();
    if (content.length > max) {
      throw new InvalidInputException(
          "EH-ATTACHMENT-400", "error.attachment.tooLarge", name, content.length, max);
    }

    Attachment attachment =
        new Attachment(
            request,
            name,
            type.mediaType(),
            content.length,
            sha256(content),
            internal,
            source,
            uploader,
            Times.now());
    attachments.add(attachment, content, texts.read(request, name, content));
    added.fire(new AttachmentAdded(request, attachment));

    LOG.info(
        () ->
            "Request "
                + request.getNumber()
                + ": attachment "
                + attachment.getId()
                + " added through "
                + source
                + " ("
                + content.length
                + " bytes)");
    return attachment;
  }

  /**
   * Stores a file that came with a received message. The intake has already applied its own size
   * limits; the portal's list of file types does not apply, because a message's files are kept
   * whatever their type, and downloads are always sent as attachments, never shown in the browser.
   *
   * @param comment the comment the message became, or null when it opened the request
   * @param sender the person who sent the message
   */
  public Attachment storeReceived(
      ServiceRequest request, ReceivedFile file, long inboundMailId, Long comment, Person sender) {
    String name = cleanName(file.fileName());
    String mediaType =
        file.mediaType() == null || file.mediaType().isBlank()
            ? "application/octet-stream"
            : file.mediaType().strip();
    Attachment attachment =
        new Attachment(
            request,
            name,
            mediaType.length() <= MAX_MEDIA_TYPE ? mediaType : "application/octet-stream",
            file.content().length,
            sha256(file.content()),
            false,
            AttachmentSource.EMAIL,
            sender,
            Times.now());
    attachment.receivedWith(inboundMailId, comment, file.contentId(), file.inline());
    attachments.add(attachment, file.content(), texts.read(request, name, file.content()));
    added.fire(new AttachmentAdded(request, attachment));

    LOG.fine(
        () ->
            "Request "
                + request.getNumber()
                + ": attachment "
                + attachment.getId()
                + " received with message "
                + inboundMailId);
    return attachment;
  }

  /** Lists the attachments of a request that the caller may see. */
  public List<AttachmentItem> list(long requestId) {
    Person reader = currentUser.require();
    readable(requestId, reader);
    boolean staff = reader.isStaff();
    return attachments.findByRequest(requestId).stream()
        .filter(a -> staff || !a.isInternal())
        .map(AttachmentItem::of)
        .toList();
  }

  /** Returns an attachment with its bytes, for download. */
  public AttachmentFile download(long attachmentId) {
    Person reader = currentUser.require();
    Attachment attachment =
        attachments
            .findById(attachmentId)
            .filter(a -> AccessRule.canRead(reader, a.getRequest()))
            .filter(a -> reader.isStaff() || !a.isInternal())
            .orElseThrow(() -> notFound(attachmentId));
    byte[] content = attachments.content(attachmentId).orElseThrow(() -> notFound(attachmentId));
    return new AttachmentFile(attachment.getFileName(), attachment.getMediaType(), content);
  }

  /** Changes the upload limits for everyone. Admins only. */
  public AttachmentLimits changeLimits(long maxBytes, Set<String> extensions) {
    currentUser.requireAdmin();
    if (maxBytes < 1 || maxBytes > AttachmentSettings.MAX_BYTES_CEILING) {
      throw new InvalidInputException(
          "EH-SETTING-400",
          "error.attachment.maxBytesRange",
          maxBytes,
          AttachmentSettings.MAX_BYTES_CEILING);
    }
    Set<String> known = AttachmentSettings.parseExtensions(String.join(",", extensions));
    if (known.isEmpty()) {
      throw new InvalidInputException("EH-SETTING-400", "error.attachment.noExtension");
    }

    settings.change(maxBytes, known);
    LOG.info(() -> "Attachment limits changed: " + maxBytes + " bytes, types " + known);
    return limits();
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

  private FileTypes.FileType checkType(String name, byte[] content) {
    Set<String> allowed = settings.allowedExtensions();
    FileTypes.FileType type =
        FileTypes.byName(name)
            .filter(t -> allowed.contains(t.extension()))
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "EH-ATTACHMENT-400",
                        "error.attachment.type",
                        name,
                        String.join(", ", allowed)));
    if (content.length == 0) {
      throw new InvalidInputException("EH-ATTACHMENT-400", "error.attachment.empty", name);
    }
    if (!FileTypes.matches(type, content)) {
      throw new InvalidInputException(
          "EH-ATTACHMENT-400", "error.attachment.content", name, type.extension());
    }
    return type;
  }

  /** Keeps the last path segment of a name, without control characters, at most 255 long. */
  static String cleanName(String fileName) {
    String name = fileName == null ? "" : fileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      throw new InvalidInputException("EH-ATTACHMENT-400", "error.input.missing", "fileName");
    }
    if (name.length() > MAX_NAME) {
      int dot = name.lastIndexOf('.');
      String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
      name = name.substring(0, MAX_NAME - extension.length()) + extension;
    }
    return name;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  private static NotFoundException notFound(long attachmentId) {
    return new NotFoundException("EH-ATTACHMENT-404", "error.attachment.notFound", attachmentId);
  }
}

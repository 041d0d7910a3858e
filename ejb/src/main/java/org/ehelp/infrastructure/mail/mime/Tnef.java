package org.ehelp.infrastructure.mail.mime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.poi.hmef.Attachment;
import org.apache.poi.hmef.HMEFMessage;
import org.apache.poi.hmef.attribute.MAPIAttribute;
import org.apache.poi.hmef.attribute.MAPIStringAttribute;
import org.apache.poi.hsmf.datatypes.MAPIProperty;
import org.ehelp.domain.model.mail.MailAttachment;

/**
 * Opens Outlook's {@code winmail.dat} (TNEF, {@code application/ms-tnef}) with Apache POI's HMEF,
 * so that the files inside become attachments of their own. The rich-text body Outlook packs beside
 * them is kept as {@code message.rtf}.
 */
final class Tnef {

  private static final Logger LOG = Logger.getLogger(Tnef.class.getName());

  private Tnef() {}

  static boolean isTnef(String mimeType, String fileName) {
    return mimeType.equals("application/ms-tnef")
        || mimeType.equals("application/vnd.ms-tnef")
        || (fileName != null && fileName.equalsIgnoreCase("winmail.dat"));
  }

  /** The contents of a winmail.dat: its files, and the plain text of the message or null. */
  record Contents(List<MailAttachment> files, String text) {}

  /**
   * Opens the TNEF data, or returns null when it cannot be read, in which case the caller keeps
   * winmail.dat as it is. The rich-text body, when there is one, becomes {@code message.rtf}.
   */
  static Contents unpack(byte[] data) {
    List<MailAttachment> files = new ArrayList<>();
    try {
      HMEFMessage message = new HMEFMessage(new ByteArrayInputStream(data));
      for (Attachment attachment : message.getAttachments()) {
        byte[] contents = attachment.getContents();
        if (contents != null) {
          String name = fileName(attachment);
          files.add(new MailAttachment(name, MediaTypes.guess(name), null, false, contents));
        }
      }
      String rtf = message.getBody();
      if (rtf != null && !rtf.isBlank()) {
        files.add(
            new MailAttachment(
                "message.rtf",
                "application/rtf",
                null,
                false,
                rtf.getBytes(StandardCharsets.ISO_8859_1)));
      }
      return new Contents(files, plainBody(message));
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "winmail.dat could not be unpacked; it is kept whole", e);
      return null;
    }
  }

  /** Returns the plain-text body (MAPI PR_BODY) of the TNEF message, or null. */
  private static String plainBody(HMEFMessage message) {
    MAPIAttribute body = message.getMessageMAPIAttribute(MAPIProperty.BODY);
    if (body == null) {
      return null;
    }
    String text = MAPIStringAttribute.getAsString(body);
    return text == null || text.isBlank() ? null : text.replace("\r\n", "\n");
  }

  private static String fileName(Attachment attachment) {
    String name = attachment.getLongFilename();
    if (name == null || name.isBlank()) {
      name = attachment.getFilename();
    }
    return name == null || name.isBlank() ? "attachment.bin" : name.strip();
  }
}

package org.ehelp.infrastructure.mail.mime;

import java.util.Map;

/**
 * File names of attachments: decoded, stripped of any folder a sender's program put in them, made
 * safe to offer for download, and made up for parts that have none.
 */
final class AttachmentNames {

  private static final int MAX_LENGTH = 200;

  private static final Map<String, String> EXTENSIONS =
      Map.ofEntries(
          Map.entry("text/plain", "txt"),
          Map.entry("text/html", "html"),
          Map.entry("text/calendar", "ics"),
          Map.entry("text/rfc822-headers", "txt"),
          Map.entry("message/delivery-status", "txt"),
          Map.entry("message/disposition-notification", "txt"),
          Map.entry("message/feedback-report", "txt"),
          Map.entry("message/rfc822", "eml"),
          Map.entry("image/png", "png"),
          Map.entry("image/jpeg", "jpg"),
          Map.entry("image/gif", "gif"),
          Map.entry("application/pdf", "pdf"),
          Map.entry("application/pgp-signature", "asc"),
          Map.entry("application/pgp-encrypted", "txt"),
          Map.entry("application/pkcs7-signature", "p7s"),
          Map.entry("application/pkcs7-mime", "p7m"));

  private int unnamed;

  /** Decodes encoded words that some programs put in parameters, or returns null. */
  static String decode(String rawName) {
    if (rawName == null || rawName.isBlank()) {
      return null;
    }
    String name = EncodedWords.decode(rawName.strip());
    int folder = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = folder >= 0 ? name.substring(folder + 1) : name;
    return name.isBlank() ? null : name;
  }

  /**
   * Returns the local part of a Content-ID when it looks like a file name, as Outlook writes them
   * ({@code image001.jpg@01CDB132.D8A510F0}), or null.
   */
  static String fromContentId(String contentId) {
    if (contentId == null) {
      return null;
    }
    int at = contentId.indexOf('@');
    String local = at < 0 ? contentId : contentId.substring(0, at);
    return local.matches("[\\w .-]{1,100}\\.[A-Za-z0-9]{2,5}") ? local : null;
  }

  /**
   * Replaces control characters and double quotes, which would break a Content-Disposition header,
   * and shortens very long names; browsers adapt the rest to the reader's file system.
   */
  static String clean(String name) {
    String cleaned = name.replaceAll("[\\p{Cntrl}\"]", "_").strip();
    if (cleaned.length() > MAX_LENGTH) {
      int dot = cleaned.lastIndexOf('.');
      String extension = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
      cleaned = cleaned.substring(0, MAX_LENGTH - extension.length()) + extension;
    }
    return cleaned.isEmpty() ? "attachment" : cleaned;
  }

  /** Makes up a name such as {@code attachment-2.png} from the MIME type. */
  String synthesize(String mimeType) {
    unnamed++;
    String extension = EXTENSIONS.getOrDefault(mimeType, "bin");
    return "attachment-" + unnamed + "." + extension;
  }
}

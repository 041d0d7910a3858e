package org.ehelp.infrastructure.mail.mime;

import java.net.URLConnection;
import java.util.Locale;
import java.util.Map;

/** Guesses a MIME type from a file name, for files that come out of uuencode or TNEF. */
final class MediaTypes {

  private static final Map<String, String> EXTRA =
      Map.of(
          "csv", "text/csv",
          "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
          "doc", "application/msword",
          "xls", "application/vnd.ms-excel",
          "pdf", "application/pdf",
          "eml", "message/rfc822",
          "rtf", "application/rtf");

  private MediaTypes() {}

  static String guess(String fileName) {
    String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    String extension = dot < 0 ? "" : lower.substring(dot + 1);
    if (EXTRA.containsKey(extension)) {
      return EXTRA.get(extension);
    }
    String guessed = URLConnection.guessContentTypeFromName(lower);
    return guessed == null ? "application/octet-stream" : guessed;
  }
}

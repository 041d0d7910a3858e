package org.ehelp.interfaces.rest.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** Headers for serving files that came from mail, which eHelp must not let run in a browser. */
public final class FileDownloads {

  private static final Set<String> SAFE_TYPES =
      Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf", "text/plain");

  private FileDownloads() {}

  /** Returns the type to serve: the file's own when it is harmless, else octet-stream. */
  public static String safeType(String contentType) {
    String type = contentType == null ? "" : contentType.strip().toLowerCase(Locale.ROOT);
    return SAFE_TYPES.contains(type) ? type : "application/octet-stream";
  }

  /** Returns a Content-Disposition that downloads the file under its name (RFC 6266). */
  public static String disposition(String fileName) {
    String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_").replace("\\", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}

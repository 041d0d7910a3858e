package org.ehelp.application.attachments;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The kinds of file eHelp accepts as attachments: each extension with the media type a download is
 * sent with, and a check that the first bytes match it. The type is decided here from the name and
 * the content, never from what the browser or mail client claimed.
 */
public final class FileTypes {

  /** A known file kind: its media type and how its content starts. */
  public record FileType(String extension, String mediaType, Signature signature) {}

  /** How the first bytes of a file of one kind look. */
  public enum Signature {
    PDF,
    PNG,
    JPEG,
    GIF,
    /** ZIP containers: Office Open XML, OpenDocument and plain ZIP archives. */
    ZIP,
    /** Text: no NUL byte in the first 8 KiB. */
    TEXT
  }

  private static final Map<String, FileType> KNOWN = new TreeMap<>();

  static {
    add("pdf", "application/pdf", Signature.PDF);
    add("png", "image/png", Signature.PNG);
    add("jpg", "image/jpeg", Signature.JPEG);
    add("jpeg", "image/jpeg", Signature.JPEG);
    add("gif", "image/gif", Signature.GIF);
    add("txt", "text/plain", Signature.TEXT);
    add("log", "text/plain", Signature.TEXT);
    add("csv", "text/csv", Signature.TEXT);
    add("eml", "message/rfc822", Signature.TEXT);
    add(
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Signature.ZIP);
    add("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Signature.ZIP);
    add(
        "pptx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        Signature.ZIP);
    add("odt", "application/vnd.oasis.opendocument.text", Signature.ZIP);
    add("ods", "application/vnd.oasis.opendocument.spreadsheet", Signature.ZIP);
    add("odp", "application/vnd.oasis.opendocument.presentation", Signature.ZIP);
    add("zip", "application/zip", Signature.ZIP);
  }

  private static final int TEXT_PROBE = 8192;

  private FileTypes() {}

  private static void add(String extension, String mediaType, Signature signature) {
    KNOWN.put(extension, new FileType(extension, mediaType, signature));
  }

  /** Returns every extension eHelp knows how to check, in alphabetical order. */
  public static Set<String> known() {
    return KNOWN.keySet();
  }

  /** Returns the kind of file a name says, by its extension, if eHelp knows it. */
  public static Optional<FileType> byName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0 || dot == fileName.length() - 1) {
      return Optional.empty();
    }
    return Optional.ofNullable(KNOWN.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }

  /** Whether the content starts the way files of this kind start. */
  public static boolean matches(FileType type, byte[] content) {
    return switch (type.signature()) {
      case PDF -> startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII));
      case PNG -> startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A});
      case JPEG -> startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
      case GIF -> startsWith(content, "GIF8".getBytes(StandardCharsets.US_ASCII));
      case ZIP -> startsWith(content, new byte[] {'P', 'K', 0x03, 0x04});
      case TEXT -> isText(content);
    };
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return content.length >= prefix.length
        && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static boolean isText(byte[] content) {
    int end = Math.min(content.length, TEXT_PROBE);
    for (int i = 0; i < end; i++) {
      if (content[i] == 0) {
        return false;
      }
    }
    return true;
  }
}

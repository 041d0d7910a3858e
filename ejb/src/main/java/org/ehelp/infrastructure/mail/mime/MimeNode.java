package org.ehelp.infrastructure.mail.mime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.message.MaximalBodyDescriptor;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;

/**
 * One entity of a parsed MIME tree: its header fields, its body descriptor, and either its parts (a
 * multipart) or its transfer-decoded body bytes (a leaf, enclosed messages included).
 */
final class MimeNode {

  final List<Field> fields = new ArrayList<>();
  final List<MimeNode> parts = new ArrayList<>();
  BodyDescriptor descriptor;
  byte[] body;
  boolean multipart;

  /** Returns the lower-case MIME type, {@code text/plain} when the entity declares none. */
  String mimeType() {
    return descriptor == null ? "text/plain" : descriptor.getMimeType().toLowerCase(Locale.ROOT);
  }

  String mediaType() {
    String type = mimeType();
    int slash = type.indexOf('/');
    return slash < 0 ? type : type.substring(0, slash);
  }

  String subType() {
    String type = mimeType();
    int slash = type.indexOf('/');
    return slash < 0 ? "" : type.substring(slash + 1);
  }

  /** Returns the charset label as written, or null. */
  String charset() {
    String charset = parameter("charset");
    return charset == null || charset.isBlank() ? null : charset;
  }

  String parameter(String name) {
    if (!(descriptor instanceof MaximalBodyDescriptor maximal)) {
      return null;
    }
    return maximal.getContentTypeParameters().get(name);
  }

  String transferEncoding() {
    return descriptor == null ? "7bit" : descriptor.getTransferEncoding().toLowerCase(Locale.ROOT);
  }

  /** Returns the lower-case disposition type ({@code inline}, {@code attachment}), or null. */
  String disposition() {
    if (descriptor instanceof MaximalBodyDescriptor maximal
        && maximal.getContentDispositionType() != null) {
      return maximal.getContentDispositionType().toLowerCase(Locale.ROOT);
    }
    return null;
  }

  /** Returns the file name from the disposition, else the {@code name} type parameter, or null. */
  String rawFileName() {
    if (descriptor instanceof MaximalBodyDescriptor maximal) {
      String name = maximal.getContentDispositionFilename();
      if (name == null || name.isBlank()) {
        name = maximal.getContentTypeParameters().get("name");
      }
      return name == null || name.isBlank() ? null : name;
    }
    return null;
  }

  /**
   * Reads a parameter again from the raw field bytes with the message's charsets, for file names
   * sent as unencoded 8-bit text, which mime4j cannot decode.
   */
  String rawParameter(String fieldName, String parameter, List<String> charsets) {
    java.util.regex.Pattern pattern =
        java.util.regex.Pattern.compile(
            "(?i)[;\\s]" + parameter + "\\s*=\\s*(\"([^\"]*)\"|([^;\\s]+))");
    for (Field field : fields) {
      if (field.getName().equalsIgnoreCase(fieldName) && field.getRaw() != null) {
        String value = TextDecoding.decodeRawHeader(field.getRaw().toByteArray(), charsets);
        java.util.regex.Matcher matcher = pattern.matcher(value);
        if (matcher.find()) {
          return matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
        }
      }
    }
    return null;
  }

  /** Returns the file name, re-read from the raw bytes when mime4j could not decode them. */
  String fileName(List<String> hint) {
    String name = rawFileName();
    if (name != null && name.indexOf('\ufffd') >= 0) {
      String again = rawParameter("Content-Disposition", "filename", hint);
      if (again == null) {
        again = rawParameter("Content-Type", "name", hint);
      }
      name = again == null ? name : again;
    }
    return name;
  }

  /** Returns the Content-ID without angle brackets, or null. */
  String contentId() {
    if (descriptor instanceof MaximalBodyDescriptor maximal && maximal.getContentId() != null) {
      String id = maximal.getContentId().strip();
      if (id.startsWith("<") && id.endsWith(">")) {
        id = id.substring(1, id.length() - 1);
      }
      return id.isBlank() ? null : id;
    }
    return null;
  }

  boolean isMessage() {
    String type = mimeType();
    return type.equals("message/rfc822") || type.equals("message/global");
  }
}

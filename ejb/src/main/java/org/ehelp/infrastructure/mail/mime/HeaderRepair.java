package org.ehelp.infrastructure.mail.mime;

import java.io.ByteArrayOutputStream;

/**
 * Repairs one common defect of the top-level header before mime4j reads it: a continuation line
 * written without its leading whitespace, such as {@code boundary="..."} on its own line after
 * {@code Content-Type: multipart/alternative;}. Without the repair the boundary is lost and the
 * whole message reads as one text part.
 */
final class HeaderRepair {

  private HeaderRepair() {}

  static byte[] repair(byte[] raw) {
    int headerEnd = headerEnd(raw);
    if (headerEnd < 0) {
      return raw;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length + 16);
    int lineStart = 0;
    boolean previousEndsWithSemicolon = false;
    while (lineStart < headerEnd) {
      int lineEnd = lineStart;
      while (lineEnd < headerEnd && raw[lineEnd] != '\n') {
        lineEnd++;
      }
      if (previousEndsWithSemicolon && isBareParameter(raw, lineStart, lineEnd)) {
        out.write(' ');
      }
      out.write(raw, lineStart, Math.min(lineEnd + 1, raw.length) - lineStart);
      previousEndsWithSemicolon = endsWithSemicolon(raw, lineStart, lineEnd);
      lineStart = lineEnd + 1;
    }
    if (headerEnd < raw.length) {
      out.write(raw, headerEnd, raw.length - headerEnd);
    }
    return out.toByteArray();
  }

  /** Returns where the empty line after the header starts, or -1 when there is none. */
  private static int headerEnd(byte[] raw) {
    for (int i = 0; i + 1 < raw.length; i++) {
      if (raw[i] == '\n'
          && (raw[i + 1] == '\n'
              || (raw[i + 1] == '\r' && i + 2 < raw.length && raw[i + 2] == '\n'))) {
        return i + 1;
      }
    }
    return -1;
  }

  /** Whether the line is {@code name=value} with no colon before the equals sign. */
  private static boolean isBareParameter(byte[] raw, int start, int end) {
    if (start >= end || raw[start] == ' ' || raw[start] == '\t') {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (raw[i] == ':') {
        return false;
      }
      if (raw[i] == '=') {
        return i > start;
      }
      boolean token =
          Character.isLetterOrDigit(raw[i]) || raw[i] == '-' || raw[i] == '_' || raw[i] == '*';
      if (!token) {
        return false;
      }
    }
    return false;
  }

  private static boolean endsWithSemicolon(byte[] raw, int start, int end) {
    int i = end - 1;
    while (i >= start && (raw[i] == '\r' || raw[i] == ' ' || raw[i] == '\t')) {
      i--;
    }
    return i >= start && raw[i] == ';';
  }
}

package org.ehelp.infrastructure.mail.mime;

/**
 * Decodes UTF-7 (RFC 2152), which some old mail programs still send and Java does not provide:
 * ASCII stands for itself, and {@code +...-} encloses UTF-16 code units in base64 without padding.
 */
final class Utf7 {

  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  private Utf7() {}

  static String decode(byte[] bytes) {
    StringBuilder text = new StringBuilder(bytes.length);
    int i = 0;
    while (i < bytes.length) {
      char c = (char) (bytes[i] & 0xff);
      if (c != '+') {
        text.append(c);
        i++;
        continue;
      }
      int end = i + 1;
      while (end < bytes.length && ALPHABET.indexOf(bytes[end]) >= 0) {
        end++;
      }
      if (end == i + 1) {
        // "+-" is a literal plus sign.
        text.append('+');
      } else {
        appendUnits(text, bytes, i + 1, end);
      }
      i = end < bytes.length && bytes[end] == '-' ? end + 1 : end;
    }
    return text.toString();
  }

  /** Appends the UTF-16 code units that the base64 characters carry; leftover bits are padding. */
  private static void appendUnits(StringBuilder text, byte[] bytes, int from, int to) {
    int buffer = 0;
    int bits = 0;
    for (int i = from; i < to; i++) {
      buffer = (buffer << 6) | ALPHABET.indexOf(bytes[i]);
      bits += 6;
      if (bits >= 16) {
        bits -= 16;
        text.append((char) ((buffer >> bits) & 0xffff));
      }
    }
  }
}

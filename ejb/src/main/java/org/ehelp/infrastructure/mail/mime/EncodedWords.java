package org.ehelp.infrastructure.mail.mime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes RFC 2047 encoded words ({@code =?charset?B|Q?text?=}) in header text.
 *
 * <p>It is lenient where mail programs are sloppy: words may stand inside other text, base64 may
 * lack its padding, and adjacent words in the same charset are joined as bytes before decoding,
 * because programs split a multi-byte character across two words. Whitespace between two encoded
 * words is dropped, as the RFC requires. A word in a charset Java does not know is decoded as UTF-8
 * when valid, else windows-1252.
 */
public final class EncodedWords {

  private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?]*)\\?=");
  private static final Pattern SPACE = Pattern.compile("[ \\t\\r\\n]*");

  private EncodedWords() {}

  /** Returns the text with every encoded word decoded; text without one is returned as is. */
  public static String decode(String text) {
    if (text == null || !text.contains("=?")) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    Matcher word = WORD.matcher(text);
    int position = 0;
    String pendingCharset = null;
    ByteArrayOutputStream pending = new ByteArrayOutputStream();

    while (word.find(position)) {
      String between = text.substring(position, word.start());
      boolean adjacent = pendingCharset != null && SPACE.matcher(between).matches();
      String charset = word.group(1);
      if (!adjacent || !sameCharset(pendingCharset, charset)) {
        flush(out, pending, pendingCharset);
        pendingCharset = null;
        if (!adjacent) {
          out.append(between);
        }
      }
      pending.writeBytes(bytes(word.group(2), word.group(3)));
      pendingCharset = charset;
      position = word.end();
    }
    flush(out, pending, pendingCharset);
    out.append(text.substring(position));
    return out.toString();
  }

  private static void flush(StringBuilder out, ByteArrayOutputStream pending, String charset) {
    if (charset == null || pending.size() == 0) {
      pending.reset();
      return;
    }
    byte[] bytes = pending.toByteArray();
    pending.reset();
    if (TextDecoding.isUtf7(charset)) {
      out.append(Utf7.decode(bytes));
      return;
    }
    Charset resolved = TextDecoding.charset(charset).orElse(null);
    out.append(
        resolved == null
            ? TextDecoding.decodeRawHeader(bytes)
            : TextDecoding.decode(bytes, resolved.name(), false));
  }

  private static boolean sameCharset(String a, String b) {
    return a != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }

  private static byte[] bytes(String encoding, String text) {
    if (encoding.equalsIgnoreCase("B")) {
      return base64(text);
    }
    return quotedPrintable(text);
  }

  private static byte[] base64(String text) {
    String clean = text.replaceAll("[^A-Za-z0-9+/]", "");
    int usable = clean.length() - clean.length() % 4;
    String whole = clean.substring(0, usable);
    String rest = clean.substring(usable);
    // A remainder of 2 or 3 characters still carries 1 or 2 bytes.
    if (rest.length() >= 2) {
      whole += rest + "=".repeat(4 - rest.length());
    }
    return Base64.getDecoder().decode(whole);
  }

  private static byte[] quotedPrintable(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '_') {
        out.write(' ');
      } else if (c == '=' && isHex(text, i + 1) && isHex(text, i + 2)) {
        out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.write(c > 0xff ? '?' : c);
      }
    }
    return out.toByteArray();
  }

  private static boolean isHex(String text, int index) {
    return index < text.length() && Character.digit(text.charAt(index), 16) >= 0;
  }
}

package org.ehelp.infrastructure.mail.mime;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and decodes uuencoded files: a body sent with {@code Content-Transfer-Encoding:
 * x-uuencode}, or {@code begin 644 name} ... {@code end} blocks inside plain text, as Lotus Notes
 * and old Unix mailers write them.
 */
final class Uuencode {

  private static final Pattern BLOCK =
      Pattern.compile(
          "(?m)^begin(?:-base64)? +[0-7]{3,4} +([^\\r\\n]+)\\r?\\n((?:[^\\r\\n]*\\r?\\n)*?)end[ \\t]*$");

  /** A file found in text, and where its block starts and ends in that text. */
  record Block(String fileName, byte[] content, int start, int end) {}

  private Uuencode() {}

  /** Returns the uuencoded blocks in the text, in order. */
  static List<Block> find(String text) {
    List<Block> blocks = new ArrayList<>();
    Matcher matcher = BLOCK.matcher(text);
    while (matcher.find()) {
      byte[] content = decodeLines(matcher.group(2));
      if (content != null) {
        blocks.add(new Block(matcher.group(1).strip(), content, matcher.start(), matcher.end()));
      }
    }
    return blocks;
  }

  /**
   * Decodes a whole uuencoded body, {@code begin} line included, or returns null when it is not
   * one.
   */
  static Block decodeBody(byte[] body) {
    List<Block> blocks = find(TextDecoding.decodeRawHeader(body).replace("\r\n", "\n") + "\n");
    return blocks.isEmpty() ? null : blocks.get(0);
  }

  /** Decodes the lines between {@code begin} and {@code end}, or returns null when invalid. */
  private static byte[] decodeLines(String lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String line : lines.split("\\r?\\n")) {
      if (line.isEmpty()) {
        continue;
      }
      int length = (line.charAt(0) - ' ') & 0x3f;
      if (length == 0) {
        continue;
      }
      int needed = (length + 2) / 3 * 4;
      if (line.length() - 1 < needed - 2) {
        return null;
      }
      decodeLine(line, length, out);
    }
    return out.toByteArray();
  }

  private static void decodeLine(String line, int length, ByteArrayOutputStream out) {
    int written = 0;
    for (int i = 1; written < length; i += 4) {
      int a = sixBits(line, i);
      int b = sixBits(line, i + 1);
      int c = sixBits(line, i + 2);
      int d = sixBits(line, i + 3);
      int[] bytes = {(a << 2) | (b >> 4), ((b & 0xf) << 4) | (c >> 2), ((c & 0x3) << 6) | d};
      for (int k = 0; k < 3 && written < length; k++) {
        out.write(bytes[k] & 0xff);
        written++;
      }
    }
  }

  private static int sixBits(String line, int index) {
    return index < line.length() ? (line.charAt(index) - ' ') & 0x3f : 0;
  }
}

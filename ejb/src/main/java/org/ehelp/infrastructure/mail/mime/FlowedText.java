package org.ehelp.infrastructure.mail.mime;

/**
 * Undoes {@code format=flowed} (RFC 3676): a line that ends in a space continues on the next line,
 * and a leading space that protects a line is dropped.
 */
final class FlowedText {

  private FlowedText() {}

  static String unflow(String text, boolean deleteSpace) {
    StringBuilder out = new StringBuilder(text.length());
    for (String line : text.split("\n", -1)) {
      String content = line.startsWith(" ") ? line.substring(1) : line;
      boolean soft = content.endsWith(" ") && !content.equals("-- ");
      if (soft) {
        out.append(deleteSpace ? content.substring(0, content.length() - 1) : content);
      } else {
        out.append(content).append('\n');
      }
    }
    return out.toString();
  }
}

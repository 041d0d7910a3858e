package org.ehelp.infrastructure.mail.mime;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ehelp.domain.model.mail.MailAddress;

/**
 * Reads the mailboxes of an address header (RFC 5322), leniently: names may carry encoded words or
 * raw 8-bit text, addresses may stand in a comment ({@code Name (a@b)}) or carry the name in one
 * ({@code a@b (Name)}), and an empty {@code <>} is kept as an empty address. Group names and their
 * colon and semicolon are dropped; the group's members are kept.
 */
final class AddressParser {

  private static final Pattern ANGLE = Pattern.compile("<([^<>]*)>");
  private static final Pattern ENCODED_WORD = Pattern.compile("=\\?[^?\\s]+\\?[bBqQ]\\?[^?]*\\?=");
  private static final Pattern ADDRESS_THEN_COMMENT =
      Pattern.compile("^([^\\s()<>\"]+)\\s*\\((.*)\\)\\s*$");
  private static final Pattern COMMENT_ADDRESS = Pattern.compile("\\(([^()\\s]+@[^()\\s]+)\\)");

  private AddressParser() {}

  /** Parses the unfolded field value, whose encoded words are still encoded. */
  static List<MailAddress> parse(String value) {
    List<MailAddress> addresses = new ArrayList<>();
    for (String piece : split(value)) {
      String mailbox = withoutGroupName(piece).strip();
      if (!mailbox.isEmpty()) {
        addresses.add(mailbox(mailbox));
      }
    }
    return addresses;
  }

  static MailAddress mailbox(String text) {
    Matcher angle = ANGLE.matcher(text);
    int lastStart = -1;
    String address = null;
    while (angle.find()) {
      lastStart = angle.start();
      address = angle.group(1);
    }
    if (address != null) {
      return new MailAddress(EncodedWords.decode(address), name(text.substring(0, lastStart)));
    }
    Matcher comment = COMMENT_ADDRESS.matcher(text);
    if (comment.find()) {
      return new MailAddress(comment.group(1), name(text.substring(0, comment.start())));
    }
    Matcher trailing = ADDRESS_THEN_COMMENT.matcher(text);
    if (trailing.matches()) {
      return new MailAddress(EncodedWords.decode(trailing.group(1)), name(trailing.group(2)));
    }
    return new MailAddress(EncodedWords.decode(unquote(text)), "");
  }

  /** Splits on commas that stand outside quotes, angle brackets and comments. */
  static List<String> split(String value) {
    List<String> pieces = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    int angle = 0;
    int comment = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      int wordEnd = encodedWordEnd(value, i);
      if (wordEnd > i && !quoted) {
        // An encoded word may hide a comma or a parenthesis; it is one atom.
        current.append(value, i, wordEnd);
        i = wordEnd - 1;
        continue;
      }
      if (c == '\\' && quoted && i + 1 < value.length()) {
        current.append(c).append(value.charAt(++i));
        continue;
      }
      if (c == '"' && comment == 0) {
        quoted = !quoted;
      } else if (!quoted) {
        angle += c == '<' ? 1 : c == '>' && angle > 0 ? -1 : 0;
        comment += c == '(' ? 1 : c == ')' && comment > 0 ? -1 : 0;
      }
      if ((c == ',' || c == ';') && !quoted && angle == 0 && comment == 0) {
        pieces.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    pieces.add(current.toString());
    return pieces;
  }

  /** Returns the end of the encoded word starting at {@code start}, or {@code start}. */
  private static int encodedWordEnd(String value, int start) {
    if (!value.startsWith("=?", start)) {
      return start;
    }
    Matcher word = ENCODED_WORD.matcher(value);
    word.region(start, value.length());
    return word.lookingAt() ? word.end() : start;
  }

  /** Drops {@code Group name:} in front of a group's first member. */
  private static String withoutGroupName(String piece) {
    int colon = indexOutsideQuotes(piece, ':');
    int at = piece.indexOf('@');
    int angle = piece.indexOf('<');
    boolean beforeAddress = colon >= 0 && (at < 0 || colon < at) && (angle < 0 || colon < angle);
    return beforeAddress ? piece.substring(colon + 1) : piece;
  }

  private static int indexOutsideQuotes(String text, char wanted) {
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == wanted && !quoted) {
        return i;
      }
    }
    return -1;
  }

  /** Decodes a display name; a comment beside other words is not part of it. */
  private static String name(String raw) {
    String trimmed = raw.strip();
    if (trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
      return EncodedWords.decode(unquote(trimmed)).strip();
    }
    String name = EncodedWords.decode(trimmed).strip();
    String withoutComments = name.replaceAll("\\([^()]*\\)", "").strip();
    return withoutComments.isEmpty() ? name.replaceAll("^\\(|\\)$", "") : withoutComments;
  }

  private static String unquote(String text) {
    String value = text.strip();
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      value = value.substring(1, value.length() - 1);
    }
    return value.replace("\\\"", "\"").replace("\\\\", "\\");
  }
}

package org.ehelp.domain.model.mail;

import java.util.Locale;

/**
 * One mailbox of an address header: the address as written (never null, may be malformed) and the
 * decoded display name, or an empty name when there is none.
 */
public record MailAddress(String address, String name) {

  public MailAddress {
    address = address == null ? "" : address.strip();
    name = name == null ? "" : name.strip();
  }

  /**
   * Returns the address as eHelp compares it: in lower case, without whitespace and without the
   * trailing dot that some programs leave.
   */
  public String normalized() {
    return address.replaceAll("\\s+", "").toLowerCase(Locale.ROOT).replaceAll("\\.+$", "");
  }

  /** Whether the address has the shape local@domain, so that mail can be sent to it. */
  public boolean isValid() {
    String value = normalized();
    int at = value.lastIndexOf('@');
    return at > 0
        && at < value.length() - 1
        && value.indexOf('@') == at
        && !value.contains("=?")
        && !value.contains("(")
        && !value.contains("<");
  }

  /** Returns the local part, before the last {@code @}, in lower case. */
  public String localPart() {
    String value = normalized();
    int at = value.lastIndexOf('@');
    return at < 0 ? value : value.substring(0, at);
  }

  /** Returns the domain, after the last {@code @}, in lower case, or an empty string. */
  public String domain() {
    String value = normalized();
    int at = value.lastIndexOf('@');
    return at < 0 ? "" : value.substring(at + 1);
  }

  /** Returns {@code Name <address>}, or the address alone when there is no name. */
  public String display() {
    return name.isEmpty() ? address : name + " <" + address + ">";
  }
}

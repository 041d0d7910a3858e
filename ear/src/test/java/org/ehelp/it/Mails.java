package org.ehelp.it;

import java.util.UUID;

/** Raw test messages, with CRLF line ends as mail servers store them. */
final class Mails {

  private Mails() {}

  /** Returns a new Message-ID without brackets. */
  static String newMessageId() {
    return UUID.randomUUID() + "@test.example.com";
  }

  /** Returns a plain-text message; {@code extraHeaders} are whole lines without line ends. */
  static String plain(
      String from, String subject, String body, String messageId, String... extraHeaders) {
    StringBuilder raw = new StringBuilder();
    raw.append("From: ").append(from).append("\r\n");
    raw.append("To: helpdesk@ehelp.test\r\n");
    raw.append("Subject: ").append(subject).append("\r\n");
    raw.append("Date: Mon, 2 Jun 2025 10:00:00 +0200\r\n");
    raw.append("Message-ID: <").append(messageId).append(">\r\n");
    for (String header : extraHeaders) {
      raw.append(header).append("\r\n");
    }
    raw.append("MIME-Version: 1.0\r\n");
    raw.append("Content-Type: text/plain; charset=UTF-8\r\n");
    raw.append("Content-Transfer-Encoding: 8bit\r\n\r\n");
    raw.append(body.replace("\n", "\r\n")).append("\r\n");
    return raw.toString();
  }

  /** Returns a message with a text body and one attached file, base64-encoded. */
  static String withAttachment(
      String from, String subject, String body, String messageId, String fileName, byte[] content) {
    String boundary = "b-" + UUID.randomUUID();
    String encoded = java.util.Base64.getMimeEncoder(76, "\r\n".getBytes()).encodeToString(content);
    return "From: "
        + from
        + "\r\n"
        + "To: helpdesk@ehelp.test\r\n"
        + "Subject: "
        + subject
        + "\r\n"
        + "Message-ID: <"
        + messageId
        + ">\r\n"
        + "MIME-Version: 1.0\r\n"
        + "Content-Type: multipart/mixed; boundary=\""
        + boundary
        + "\"\r\n\r\n"
        + "--"
        + boundary
        + "\r\n"
        + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
        + body
        + "\r\n"
        + "--"
        + boundary
        + "\r\n"
        + "Content-Type: application/octet-stream; name=\""
        + fileName
        + "\"\r\n"
        + "Content-Disposition: attachment; filename=\""
        + fileName
        + "\"\r\n"
        + "Content-Transfer-Encoding: base64\r\n\r\n"
        + encoded
        + "\r\n"
        + "--"
        + boundary
        + "--\r\n";
  }
}

package org.ehelp.domain.model.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A message as eHelp reads it: its addresses and threading fields, the text to show, the sanitized
 * HTML when the sender wrote HTML, and the files it carries.
 *
 * @param messageId the {@code Message-ID} without angle brackets, or null when it has none
 * @param inReplyTo the message ids of {@code In-Reply-To}
 * @param references the message ids of {@code References}, oldest first
 * @param returnPath the {@code Return-Path} address, an empty string for the null path {@code <>},
 *     or null when the field is absent
 * @param subject the decoded subject, or null when there is none
 * @param date the {@code Date}, or null when it is absent or unreadable
 * @param mimeType the type of the top-level body, such as {@code multipart/mixed}
 * @param reportType the {@code report-type} of a {@code multipart/report}, or null
 * @param text the body as plain text with {@code \n} line ends; empty when there is none
 * @param html the body as sanitized HTML, or null when the message has no HTML body
 * @param leafTypes the MIME types of the leaf parts, nested messages included, in walk order
 * @param enclosed the messages the message encloses ({@code message/rfc822} parts), parsed
 */
public record ParsedMail(
    String messageId,
    List<String> inReplyTo,
    List<String> references,
    Optional<MailAddress> from,
    Optional<MailAddress> sender,
    List<MailAddress> replyTo,
    List<MailAddress> to,
    List<MailAddress> cc,
    String returnPath,
    String subject,
    Instant date,
    MailHeaders headers,
    String mimeType,
    String reportType,
    String text,
    String html,
    List<MailAttachment> attachments,
    List<MimeLeaf> leaves,
    List<String> leafTypes,
    List<ParsedMail> enclosed) {

  /** Returns {@code text/html} when the sender wrote HTML, {@code text/plain} otherwise. */
  public String bodyType() {
    return html == null ? "text/plain" : "text/html";
  }

  /** Returns the address replies go to: the first {@code Reply-To}, else the sender. */
  public Optional<MailAddress> replyAddress() {
    return replyTo.isEmpty() ? from : Optional.of(replyTo.get(0));
  }
}

package org.ehelp.domain.model.mail;

/**
 * A file carried by a message: a MIME part with a file name or a non-text type, an inline image of
 * an HTML body, a forwarded message ({@code message/rfc822}), or a file taken out of a uuencoded
 * block or an Outlook winmail.dat.
 *
 * @param fileName the decoded file name, never blank: eHelp names unnamed parts
 * @param mimeType the MIME type in lower case, such as {@code image/png}
 * @param contentId the {@code Content-ID} without angle brackets, or null
 * @param inline whether the part is shown inside the body rather than offered as a file
 * @param content the decoded bytes
 */
public record MailAttachment(
    String fileName, String mimeType, String contentId, boolean inline, byte[] content) {

  public MailAttachment {
    content = content == null ? new byte[0] : content;
  }

  public int size() {
    return content.length;
  }
}

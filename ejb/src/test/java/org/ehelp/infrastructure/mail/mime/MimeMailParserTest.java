package org.ehelp.infrastructure.mail.mime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.ehelp.domain.model.mail.MailAttachment;
import org.ehelp.domain.model.mail.ParsedMail;
import org.junit.jupiter.api.Test;

class MimeMailParserTest {

  private final MimeMailParser parser = new MimeMailParser();

  private ParsedMail parse(String raw) {
    return parser.parse(raw.getBytes(StandardCharsets.UTF_8));
  }

  private ParsedMail parse(String head, byte[] body) {
    byte[] top = head.getBytes(StandardCharsets.US_ASCII);
    byte[] raw = new byte[top.length + body.length];
    System.arraycopy(top, 0, raw, 0, top.length);
    System.arraycopy(body, 0, raw, top.length, body.length);
    return parser.parse(raw);
  }

  @Test
  void encodedWords_joinBytesSplitAcrossWords() {
    // "ツール" in UTF-8, with the second character split across two encoded words.
    ParsedMail mail =
        parse("Subject: =?UTF-8?B?44OE44O=?= =?UTF-8?B?vOODqw==?=\r\nFrom: a@example.com\r\n\r\nx");

    assertEquals("ツール", mail.subject());
  }

  @Test
  void encodedWords_inQuotedPrintableAndMixedCharsets() {
    ParsedMail mail =
        parse(
            "Subject: =?iso-8859-1?Q?Priorit=E4t?= / =?windows-1251?B?0eXw4+Xp?=\r\n"
                + "From: =?UTF-8?Q?J=C3=BCrgen?= <j@example.com>\r\n\r\nx");

    assertEquals("Priorität / Сергей", mail.subject());
    assertEquals("Jürgen", mail.from().orElseThrow().name());
  }

  @Test
  void rfc2231_fileNameWithCharsetAndContinuations() {
    String raw =
        "From: a@example.com\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
            + "Content-Type: text/plain\r\n\r\nhi\r\n--b\r\n"
            + "Content-Type: application/octet-stream\r\n"
            + "Content-Disposition: attachment;\r\n"
            + " filename*0*=UTF-8''R%C3%A9sum%C3%A9%20de;\r\n"
            + " filename*1=\" l'offre.pdf\"\r\n\r\nPDF\r\n--b--\r\n";

    ParsedMail mail = parse(raw);

    assertEquals("Résumé de l'offre.pdf", mail.attachments().get(0).fileName());
  }

  @Test
  void quotedPrintableAndBase64_areDecoded() {
    ParsedMail qp =
        parse(
            "From: a@example.com\r\nContent-Type: text/plain; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\nCaf=C3=A9 =\r\nfermé\r\n");
    ParsedMail base64 =
        parse(
            "From: a@example.com\r\nContent-Type: text/plain; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getEncoder()
                    .encodeToString("Bonjour à tous".getBytes(StandardCharsets.UTF_8))
                + "\r\n");

    assertEquals("Café fermé", qp.text());
    assertEquals("Bonjour à tous", base64.text());
  }

  @Test
  void charsetMislabels_areRead() {
    String head = "From: a@example.com\r\nContent-Type: text/plain; charset=";
    ParsedMail utf8AsLatin1 =
        parse(head + "iso-8859-1\r\n\r\n", "Grüße".getBytes(StandardCharsets.UTF_8));
    ParsedMail latin1AsUtf8 =
        parse(head + "utf-8\r\n\r\n", "Grüße".getBytes(StandardCharsets.ISO_8859_1));
    ParsedMail windowsQuotes =
        parse(
            head + "us-ascii\r\n\r\n",
            "\u201cquoted\u201d".getBytes(Charset.forName("windows-1252")));
    ParsedMail unknown =
        parse(head + "x-unknown-charset\r\n\r\n", "Grüße".getBytes(StandardCharsets.UTF_8));
    ParsedMail korean =
        parse(head + "ks_c_5601-1987\r\n\r\n", "안녕".getBytes(Charset.forName("x-windows-949")));

    assertEquals("Grüße", utf8AsLatin1.text());
    assertEquals("Grüße", latin1AsUtf8.text());
    assertEquals("\u201cquoted\u201d", windowsQuotes.text());
    assertEquals("Grüße", unknown.text());
    assertEquals("안녕", korean.text());
  }

  @Test
  void utf7_isDecoded() {
    ParsedMail mail =
        parse(
            "From: a@example.com\r\nContent-Type: text/plain; charset=utf-7\r\n\r\nFr+APY-sche\r\n");

    assertEquals("Frösche", mail.text());
  }

  @Test
  void uuencode_asTransferEncodingAndInlineBlock() {
    String block = "begin 644 hello.txt\r\n%:&5L;&\\`\r\n`\r\nend\r\n";
    ParsedMail asEncoding =
        parse(
            "From: a@example.com\r\nContent-Type: application/octet-stream\r\n"
                + "Content-Transfer-Encoding: x-uuencode\r\n\r\n"
                + block);
    ParsedMail inline = parse("From: a@example.com\r\n\r\nSee the file.\r\n\r\n" + block);

    assertEquals("hello.txt", asEncoding.attachments().get(0).fileName());
    assertArrayEquals(
        "hello".getBytes(StandardCharsets.US_ASCII), asEncoding.attachments().get(0).content());
    assertEquals("See the file.", inline.text());
    assertEquals("hello.txt", inline.attachments().get(0).fileName());
  }

  @Test
  void nestedMessage_isAnAttachmentNamedAfterItsSubject() {
    String raw =
        "From: a@example.com\r\nSubject: Fwd\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
            + "--b\r\nContent-Type: text/plain\r\n\r\nSee below.\r\n--b\r\n"
            + "Content-Type: message/rfc822\r\n\r\nFrom: b@example.com\r\nSubject: Original\r\n\r\n"
            + "Inner text\r\n--b--\r\n";

    ParsedMail mail = parse(raw);

    assertEquals("See below.", mail.text());
    assertEquals("Original.eml", mail.attachments().get(0).fileName());
    assertEquals("message/rfc822", mail.attachments().get(0).mimeType());
    assertEquals("Original", mail.enclosed().get(0).subject());
    assertEquals("Inner text", mail.enclosed().get(0).text());
  }

  @Test
  void relatedImages_areInlineWithTheirContentId() {
    String raw =
        "From: a@example.com\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\n"
            + "Content-Type: text/html\r\n\r\n<p>Look <img src=\"cid:shot@x\"></p>\r\n--b\r\n"
            + "Content-Type: image/png\r\nContent-ID: <shot@x>\r\nContent-Transfer-Encoding: base64"
            + "\r\n\r\niVBORw0KGgo=\r\n--b--\r\n";

    ParsedMail mail = parse(raw);
    MailAttachment image = mail.attachments().get(0);

    assertTrue(image.inline());
    assertEquals("shot@x", image.contentId());
    assertTrue(mail.html().contains("src=\"cid:shot@x\""), mail.html());
    assertEquals("Look", mail.text());
  }

  @Test
  void htmlOnly_isSanitizedAndRenderedAsText() {
    String raw =
        "From: a@example.com\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
            + "<html><head><style>p{}</style><script>alert(1)</script></head><body>"
            + "<p onclick=\"steal()\">Hello <b>world</b></p>"
            + "<a href=\"javascript:steal()\">link</a><a href=\"https://example.com\">site</a>"
            + "<img src=\"x\" onerror=\"steal()\"><iframe src=\"https://evil\"></iframe>"
            + "<form><input name=p></form></body></html>";

    ParsedMail mail = parse(raw);

    assertEquals("text/html", mail.bodyType());
    assertFalse(mail.html().contains("script"), mail.html());
    assertFalse(mail.html().contains("onclick"), mail.html());
    assertFalse(mail.html().contains("onerror"), mail.html());
    assertFalse(mail.html().contains("javascript"), mail.html());
    assertFalse(mail.html().contains("iframe"), mail.html());
    assertFalse(mail.html().contains("<form"), mail.html());
    assertTrue(mail.html().contains("href=\"https://example.com\""), mail.html());
    assertTrue(mail.text().startsWith("Hello world"), mail.text());
  }

  @Test
  void alternative_prefersPlainTextAndKeepsHtml() {
    String raw =
        "From: a@example.com\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\n"
            + "Content-Type: text/plain\r\n\r\nPlain version\r\n--b\r\n"
            + "Content-Type: text/html\r\n\r\n<p>HTML <i>version</i></p>\r\n--b--\r\n";

    ParsedMail mail = parse(raw);

    assertEquals("Plain version", mail.text());
    assertTrue(mail.html().contains("<i>version</i>"), mail.html());
  }

  @Test
  void envelopeLineAndUnindentedBoundary_areRepaired() {
    String raw =
        "From sender@example.com Mon Jun  2 10:00:00 2025\r\nFrom: a@example.com\r\n"
            + "Content-Type: multipart/alternative;\r\nboundary=\"xyz\"\r\nSubject: Hi\r\n\r\n"
            + "--xyz\r\nContent-Type: text/plain\r\n\r\nbody text\r\n--xyz--\r\n";

    ParsedMail mail = parse(raw);

    assertEquals("Hi", mail.subject());
    assertEquals("a@example.com", mail.from().orElseThrow().address());
    assertEquals("body text", mail.text());
  }

  @Test
  void formatFlowed_isJoined() {
    ParsedMail mail =
        parse(
            "From: a@example.com\r\nContent-Type: text/plain; format=flowed\r\n\r\n"
                + "A long line that \r\ncontinues here.\r\n");

    assertEquals("A long line that continues here.", mail.text());
  }

  @Test
  void addresses_inCommentsAndWithoutBrackets() {
    ParsedMail mail =
        parse(
            "From: MAILER-DAEMON@example.com (Mail Delivery System)\r\n"
                + "To: =?iso-8859-2?Q?Namedy=F1ski?= (hans@example.com), \"Doe, J.\" <j@x.org>\r\n"
                + "Reply-To: <>, \"LTD\" <ly@example.com>\r\n\r\nx");

    assertEquals("Mail Delivery System", mail.from().orElseThrow().name());
    assertEquals("hans@example.com", mail.to().get(0).address());
    assertEquals("Doe, J.", mail.to().get(1).name());
    assertEquals("ly@example.com", mail.replyTo().get(1).address());
  }

  @Test
  void threadingFields_areRead() {
    ParsedMail mail =
        parse(
            "From: a@example.com\r\nMessage-ID: <m1@x>\r\nIn-Reply-To: <m0@x>\r\n"
                + "References: <r1@x>\r\n <r2@x>\r\nReturn-Path: <>\r\n\r\nx");

    assertEquals("m1@x", mail.messageId());
    assertEquals(java.util.List.of("m0@x"), mail.inReplyTo());
    assertEquals(java.util.List.of("r1@x", "r2@x"), mail.references());
    assertEquals("", mail.returnPath());
  }

  @Test
  void winmailDat_isOpened() throws IOException {
    ParsedMail mail =
        parser.parse(resource("/mail-corpus/sisimai-bounces/lhost-amazonworkmail-02.eml"));

    assertTrue(
        mail.attachments().stream().noneMatch(a -> a.fileName().equals("winmail.dat")),
        mail.attachments()::toString);
  }

  @Test
  void withoutMessageId_hasNoId() {
    assertNull(parse("From: a@example.com\r\n\r\nx").messageId());
    assertNotNull(parse("From: a@example.com\r\nMessage-ID: <a@b>\r\n\r\nx").messageId());
  }

  private static byte[] resource(String path) throws IOException {
    try (InputStream in = MimeMailParserTest.class.getResourceAsStream(path)) {
      return in.readAllBytes();
    }
  }
}

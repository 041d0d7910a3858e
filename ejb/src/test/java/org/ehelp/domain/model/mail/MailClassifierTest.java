package org.ehelp.domain.model.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.ehelp.infrastructure.mail.mime.MimeMailParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailClassifierTest {

  private static final Set<String> OWN = Set.of("helpdesk@example.com");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Auto-Submitted: auto-replied|AUTO_REPLY",
        "Auto-Submitted: auto-generated|AUTOMATED",
        "Auto-Submitted: no|PERSONAL",
        "X-Autoreply: yes|AUTO_REPLY",
        "X-Autorespond: on|AUTO_REPLY",
        "X-MS-Exchange-Inbox-Rules-Loop: a@example.com|AUTO_REPLY",
        "X-Apple-Action: VACATION|AUTO_REPLY",
        "Precedence: auto_reply|AUTO_REPLY",
        "Precedence: bulk|AUTOMATED",
        "Precedence: list|AUTOMATED",
        "List-Id: <users.lists.example.com>|AUTOMATED",
        "X-Failed-Recipients: b@example.com|BOUNCE",
        "X-Ehelp-Loop: helpdesk@example.com|LOOP",
        "X-Mailer: Outlook|PERSONAL"
      })
  void header_decidesTheKind(String header, MailKind expected) {
    ParsedMail mail = parse("From: rita@example.com\r\nSubject: Hello\r\n" + header + "\r\n\r\nx");

    assertEquals(expected, MailClassifier.classify(mail, OWN).kind());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "rita@example.com|Automatic reply: Printer|AUTO_REPLY",
        "rita@example.com|Réponse automatique : Imprimante|AUTO_REPLY",
        "rita@example.com|Out of Office: back Monday|AUTO_REPLY",
        "MAILER-DAEMON@mx.example.com|Undelivered Mail Returned to Sender|BOUNCE",
        "postmaster@example.com|Delivery Status Notification|BOUNCE",
        "no-reply@service.example.com|Your invoice|AUTOMATED",
        "helpdesk@example.com|[EH-1] New request|LOOP",
        "rita@example.com|Out of paper in printer 3|PERSONAL",
        "rita@example.com|Re: Undelivered parcel|PERSONAL"
      })
  void senderAndSubject_decideTheKind(String from, String subject, MailKind expected) {
    ParsedMail mail = parse("From: " + from + "\r\nSubject: " + subject + "\r\n\r\nx");

    assertEquals(expected, MailClassifier.classify(mail, OWN).kind());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "delivery-status|message/delivery-status|BOUNCE",
        "feedback-report|message/feedback-report|FEEDBACK_REPORT",
        "disposition-notification|message/disposition-notification|READ_RECEIPT"
      })
  void report_decidesTheKind(String reportType, String partType, MailKind expected) {
    ParsedMail mail =
        parse(
            "From: rita@example.com\r\nSubject: Report\r\nContent-Type: multipart/report;"
                + " report-type="
                + reportType
                + "; boundary=b\r\n\r\n--b\r\n"
                + "Content-Type: text/plain\r\n\r\nhuman text\r\n--b\r\nContent-Type: "
                + partType
                + "\r\n\r\nField: value\r\n--b--\r\n");

    assertEquals(expected, MailClassifier.classify(mail, OWN).kind());
  }

  private static ParsedMail parse(String raw) {
    return new MimeMailParser().parse(raw.getBytes(StandardCharsets.UTF_8));
  }
}

package org.ehelp.it;

import static org.ehelp.it.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail intake against real servers: GreenMail's IMAP and POP3 mailboxes, polled by the deployed
 * eHelp's timer, and the pipe endpoint.
 */
@ExtendWith(ArquillianExtension.class)
class MailIntakeIT {

  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final String RITA = "Rita Martin <rita.martin@example.com>";

  private static GreenMail smtp;
  private static GreenMail mailboxes;

  private final Helpdesk desk = new Helpdesk();

  @ArquillianResource private URL portalUrl;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeAll
  static void startServers() {
    smtp = MailServers.startSmtp();
    mailboxes = MailServers.startMailboxes();
  }

  @AfterAll
  static void stopServers() {
    mailboxes.stop();
    smtp.stop();
  }

  @BeforeEach
  void pointAtPortal() {
    desk.at(portalUrl);
  }

  @Test
  void imapMessage_becomesRequestAndLeavesMailbox() {
    pollAndCheck("IMAP", "NONE", MailServers.IMAP);
  }

  @Test
  void imapsMessage_becomesRequest() {
    pollAndCheck("IMAP", "TLS", MailServers.IMAPS);
  }

  @Test
  void pop3Message_becomesRequest() {
    pollAndCheck("POP3", "NONE", MailServers.POP3);
  }

  @Test
  void pop3sMessage_becomesRequest() {
    pollAndCheck("POP3", "TLS", MailServers.POP3S);
  }

  private void pollAndCheck(String protocol, String security, int port) {
    String address = "box-" + UUID.randomUUID().toString().substring(0, 8) + "@ehelp.test";
    GreenMailUser user = mailboxes.setUser(address, address, "secret");
    String title = Helpdesk.unique("Printer jammed over " + protocol + "/" + security);
    byte[] file = "log line 1\nlog line 2\n".getBytes(StandardCharsets.UTF_8);
    user.deliver(
        MailServers.message(
            Mails.withAttachment(
                RITA,
                title,
                "The printer on floor 2 is jammed.",
                Mails.newMessageId(),
                "printer.log",
                file)));

    long mailboxId = addMailbox(address, protocol, security, port);
    try {
      JsonObject request = awaitRequest(title);

      assertEquals("EMAIL", request.getString("channel"), request::toString);
      assertEquals(
          "rita", request.getJsonObject("requester").getString("login"), request::toString);
      JsonArray files =
          desk.as("rita").get("requests/" + Helpdesk.id(request) + "/files").expect(200).array();
      assertEquals(1, files.size(), files::toString);
      assertEquals("printer.log", files.getJsonObject(0).getString("fileName"));
      MailServers.await("the message to leave the mailbox", WAIT, () -> inboxSize(user) == 0);
    } finally {
      desk.as("admin").delete("mail/mailboxes/" + mailboxId).expect(204);
    }
  }

  @Test
  void pipedMessage_becomesRequestOnce() {
    String title = Helpdesk.unique("VPN drops every hour");
    String raw = Mails.plain(RITA, title, "Since Monday the VPN drops.", Mails.newMessageId());

    JsonObject first = pipe(raw);
    JsonObject second = pipe(raw);

    assertEquals("REQUEST_CREATED", first.getString("outcome"), first::toString);
    assertTrue(second.getBoolean("duplicate"), second::toString);
    assertEquals(first.getString("request"), second.getString("request"));
    assertEquals(List.of(first.getString("request")), desk.listedNumbers("agent", title));
  }

  @Test
  void reply_becomesCommentWithoutQuote() {
    JsonObject request = desk.file("rita", Helpdesk.unique("Screen flickers"));
    String reference = request.getString("number");
    desk.as("agent")
        .post("requests/" + Helpdesk.id(request) + "/comments", json("body", "Which screen?"))
        .expect(201);
    String notified = awaitNotification("rita.martin@example.com", reference);

    String reply =
        Mails.plain(
            RITA,
            "RE: [" + reference + "] Screen flickers",
            "The left one, on my desk.\n\nOn Monday, eHelp wrote:\n> Which screen?",
            Mails.newMessageId(),
            "In-Reply-To: <" + notified + ">");
    JsonObject result = pipe(reply);

    assertEquals("COMMENT_ADDED", result.getString("outcome"), result::toString);
    assertEquals(reference, result.getString("request"));
    JsonArray comments =
        desk.as("rita").get("requests/" + Helpdesk.id(request) + "/comments").expect(200).array();
    String last = comments.getJsonObject(comments.size() - 1).getString("body");
    assertEquals("The left one, on my desk.", last);
  }

  @Test
  void replyWithReferenceInSubject_becomesComment() {
    JsonObject request = desk.file("rita", Helpdesk.unique("Mouse broken"));
    String reference = request.getString("number");

    for (String prefix : List.of("AW: ", "TR : ", "Réf. : ", "SV: VS: ", "Fwd: WG: ")) {
      JsonObject result =
          pipe(
              Mails.plain(
                  RITA,
                  prefix + "[" + reference + "] Mouse broken",
                  "Still broken (" + prefix + ")",
                  Mails.newMessageId()));
      assertEquals("COMMENT_ADDED", result.getString("outcome"), prefix + result);
      assertEquals(reference, result.getString("request"), prefix);
    }
  }

  @Test
  void referenceQuotedWithoutRight_opensNewRequest() {
    JsonObject request = desk.file("rita", Helpdesk.unique("Salary question"));
    String reference = request.getString("number");

    JsonObject result =
        pipe(
            Mails.plain(
                "Ralph <ralph.turner@example.com>",
                "Re: [" + reference + "] Salary",
                "Let me in on this.",
                Mails.newMessageId()));

    assertEquals("REQUEST_CREATED", result.getString("outcome"), result::toString);
    assertFalse(reference.equals(result.getString("request")), result::toString);
    JsonArray comments =
        desk.as("rita").get("requests/" + Helpdesk.id(request) + "/comments").expect(200).array();
    assertEquals(0, comments.size(), comments::toString);
  }

  @Test
  void autoReply_createsNothingAndIsNotAnswered() {
    String title = Helpdesk.unique("Out of office");
    String raw =
        Mails.plain(
            RITA,
            "Automatic reply: " + title,
            "I am away until Monday.",
            Mails.newMessageId(),
            "Auto-Submitted: auto-replied",
            "X-Autoreply: yes");

    JsonObject result = pipe(raw);

    assertEquals("IGNORED_AUTOMATIC", result.getString("outcome"), result::toString);
    assertFalse(result.containsKey("request") && !result.isNull("request"), result::toString);
    assertEquals(List.of(), desk.listedNumbers("agent", title));
    assertEquals(0, outboxCount(title));
  }

  @Test
  void bounce_createsNothing() {
    String title = Helpdesk.unique("Undelivered Mail Returned to Sender");
    String boundary = "dsn-" + UUID.randomUUID();
    String raw =
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.com>\r\n"
            + "To: helpdesk@ehelp.test\r\nSubject: "
            + title
            + "\r\n"
            + "Message-ID: <"
            + Mails.newMessageId()
            + ">\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/report; report-type=delivery-status; boundary=\""
            + boundary
            + "\"\r\n\r\n--"
            + boundary
            + "\r\nContent-Type: text/plain\r\n\r\n"
            + "Your message could not be delivered.\r\n--"
            + boundary
            + "\r\n"
            + "Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.com\r\n"
            + "\r\nFinal-Recipient: rfc822; nobody@example.com\r\nAction: failed\r\n"
            + "Status: 5.1.1\r\n--"
            + boundary
            + "--\r\n";

    JsonObject result = pipe(raw);

    assertEquals("IGNORED_AUTOMATIC", result.getString("outcome"), result::toString);
    assertTrue(result.getString("detail").startsWith("BOUNCE"), result::toString);
  }

  @Test
  void unknownSender_becomesGuestRequester() {
    String title = Helpdesk.unique("Badge for a visitor");
    String address = "visitor-" + UUID.randomUUID().toString().substring(0, 8) + "@partner.example";

    JsonObject result =
        pipe(
            Mails.plain(
                "Vera Visitor <" + address + ">", title, "I need a badge.", Mails.newMessageId()));

    assertEquals("REQUEST_CREATED", result.getString("outcome"), result::toString);
    JsonObject request = desk.get("agent", RequestRef.id(result.getString("request")));
    assertEquals("Vera Visitor", request.getJsonObject("requester").getString("displayName"));
    String acknowledged = awaitNotification(address, result.getString("request"));
    assertNotNull(acknowledged);
  }

  @Test
  void oversizedMessage_isRefusedPolitely() {
    String title = Helpdesk.unique("Huge scan");
    String body = "x".repeat(3 * 1024 * 1024);
    String address = "big-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

    JsonObject result =
        pipe(Mails.plain("Big Sender <" + address + ">", title, body, Mails.newMessageId()));

    assertEquals("REFUSED_TOO_LARGE", result.getString("outcome"), result::toString);
    assertEquals(List.of(), desk.listedNumbers("agent", title));
    MailServers.await(
        "the refusal to " + address, WAIT, () -> !MailServers.received(smtp, title).isEmpty());
  }

  @Test
  void oversizedAttachment_isRefusedNamingTheFile() {
    String title = Helpdesk.unique("Big log attached");
    String address = "log-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    byte[] log = new byte[1200 * 1024];
    java.util.Arrays.fill(log, (byte) 'a');

    JsonObject result =
        pipe(
            Mails.withAttachment(
                "Log Sender <" + address + ">",
                title,
                "See the log.",
                Mails.newMessageId(),
                "huge.log",
                log));

    assertEquals("REFUSED_TOO_LARGE", result.getString("outcome"), result::toString);
    assertEquals(List.of(), desk.listedNumbers("agent", title));
    MailServers.await(
        "the refusal naming huge.log",
        WAIT,
        () ->
            MailServers.received(smtp, title).stream().anyMatch(m -> body(m).contains("huge.log")));
  }

  private static String body(jakarta.mail.internet.MimeMessage message) {
    try {
      return message.getContent().toString();
    } catch (jakarta.mail.MessagingException | java.io.IOException e) {
      throw new AssertionError("Cannot read a received message", e);
    }
  }

  @Test
  void loopingRobot_isStoppedBySenderLimit() {
    String robot = "robot-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    int created = 0;
    int limited = 0;
    for (int i = 0; i < 18; i++) {
      JsonObject result =
          pipe(Mails.plain(robot, Helpdesk.unique("Echo " + i), "echo", Mails.newMessageId()));
      created += result.getString("outcome").equals("REQUEST_CREATED") ? 1 : 0;
      limited += result.getString("outcome").equals("RATE_LIMITED") ? 1 : 0;
    }

    assertEquals(15, created);
    assertEquals(3, limited);
  }

  @Test
  void unreadableMessage_goesToQuarantineAndCanBeDownloaded() {
    String title = Helpdesk.unique("No sender");
    String raw =
        "To: helpdesk@ehelp.test\r\nSubject: "
            + title
            + "\r\nMessage-ID: <"
            + Mails.newMessageId()
            + ">\r\n\r\nWho sent this?\r\n";

    JsonObject result = pipe(raw);

    assertEquals("QUARANTINED", result.getString("outcome"), result::toString);
    long id = result.getJsonNumber("quarantineId").longValue();
    ApiClient admin = desk.as("admin");
    assertEquals("OPEN", admin.get("mail/quarantine/" + id).expect(200).json().getString("state"));
    ApiClient.Response download =
        admin.send("GET", "mail/quarantine/" + id + "/raw", null, "Accept", "message/rfc822");
    assertEquals(200, download.status(), download::toString);
    assertEquals(raw, download.body());
    JsonObject again = admin.post("mail/quarantine/" + id + "/reprocess", null).expect(200).json();
    assertEquals("QUARANTINED", again.getString("outcome"), again::toString);
    admin.post("mail/quarantine/" + id + "/discard", null).expect(204);
    assertEquals(
        "DISCARDED", admin.get("mail/quarantine/" + id).expect(200).json().getString("state"));
    desk.as("agent").get("mail/quarantine").expect(403);
  }

  @Test
  void htmlOnlyMessage_isSanitized() {
    String title = Helpdesk.unique("HTML only");
    String raw =
        "From: "
            + RITA
            + "\r\nTo: helpdesk@ehelp.test\r\nSubject: "
            + title
            + "\r\n"
            + "Message-ID: <"
            + Mails.newMessageId()
            + ">\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: text/html; charset=UTF-8\r\n\r\n"
            + "<html><body><p onclick=\"steal()\">Click <a href=\"javascript:steal()\">here</a>"
            + "</p><script>steal()</script><img src=x onerror=steal()></body></html>\r\n";

    JsonObject result = pipe(raw);

    long id = RequestRef.id(result.getString("request"));
    JsonObject request = desk.get("rita", id);
    assertTrue(request.getString("description").contains("Click here"), request::toString);
    JsonArray messages = desk.as("rita").get("requests/" + id + "/messages").expect(200).array();
    String html = messages.getJsonObject(0).getString("html");
    assertFalse(html.contains("script"), html);
    assertFalse(html.contains("onclick"), html);
    assertFalse(html.contains("onerror"), html);
    assertFalse(html.contains("javascript:"), html);
  }

  @Test
  void filesOfRequest_areNotFoundForOutsiders() {
    String title = Helpdesk.unique("Contract scan");
    JsonObject result =
        pipe(
            Mails.withAttachment(
                RITA,
                title,
                "See the scan.",
                Mails.newMessageId(),
                "contract.pdf",
                "%PDF-1.4 secret".getBytes(StandardCharsets.UTF_8)));
    long id = RequestRef.id(result.getString("request"));
    JsonArray files = desk.as("rita").get("requests/" + id + "/files").expect(200).array();
    long fileId = files.getJsonObject(0).getJsonNumber("id").longValue();

    ApiClient.Response own =
        desk.as("rita").send("GET", "requests/" + id + "/files/" + fileId, null, "Accept", "*/*");
    ApiClient.Response outsider =
        desk.as("ralph").send("GET", "requests/" + id + "/files/" + fileId, null, "Accept", "*/*");

    assertEquals(200, own.status(), own::toString);
    assertEquals("%PDF-1.4 secret", own.body());
    assertTrue(own.header("Content-Disposition").startsWith("attachment;"), own::toString);
    assertEquals(404, outsider.status(), outsider::toString);
    desk.as("ralph").get("requests/" + id + "/files").expect(404);
  }

  private JsonObject pipe(String raw) {
    return desk.as("admin")
        .send("POST", "mail/inbound", raw, "Content-Type", "message/rfc822")
        .expect(202)
        .json();
  }

  private long addMailbox(String address, String protocol, String security, int port) {
    JsonObject body =
        json(
            "name",
            "test " + address,
            "protocol",
            protocol,
            "security",
            security,
            "host",
            MailServers.HOST,
            "port",
            port,
            "username",
            address,
            "password",
            "secret",
            "trustCertificate",
            true,
            "pollIntervalSeconds",
            0);
    return desk.as("admin")
        .post("mail/mailboxes", body)
        .expect(201)
        .json()
        .getJsonNumber("id")
        .longValue();
  }

  private JsonObject awaitRequest(String title) {
    MailServers.await(
        "a request titled " + title, WAIT, () -> !desk.listedNumbers("agent", title).isEmpty());
    String number = desk.listedNumbers("agent", title).get(0);
    return desk.get("agent", RequestRef.id(number));
  }

  private String awaitNotification(String address, String reference) {
    MailServers.await(
        "a notification about " + reference + " to " + address,
        WAIT,
        () -> outboxSent(address, reference) != null);
    return outboxSent(address, reference);
  }

  /** Returns the Message-ID of a sent notification of the request to the address, if any. */
  private String outboxSent(String address, String reference) {
    JsonArray items =
        desk.as("admin")
            .get("mail/outbox?request=" + reference + "&limit=200")
            .expect(200)
            .json()
            .getJsonArray("items");
    return items.stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getString("to").equals(address) && o.getString("state").equals("SENT"))
        .map(o -> o.getString("messageIdHeader"))
        .findFirst()
        .orElse(null);
  }

  private int outboxCount(String subjectPart) {
    JsonArray items =
        desk.as("admin").get("mail/outbox?limit=200").expect(200).json().getJsonArray("items");
    return (int)
        items.stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> o.getString("subject").contains(subjectPart))
            .count();
  }

  private static int inboxSize(GreenMailUser user) {
    try {
      return mailboxes.getManagers().getImapHostManager().getInbox(user).getMessageCount();
    } catch (com.icegreen.greenmail.store.FolderException e) {
      throw new AssertionError("Cannot read the test mailbox", e);
    }
  }
}

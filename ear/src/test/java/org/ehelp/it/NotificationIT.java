package org.ehelp.it;

import static org.ehelp.it.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications end to end: written to the outbox with the change, sent through the mail session to
 * a GreenMail SMTP server in the test JVM, and delivered once even when that server is down for a
 * while.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationIT {

  private static final Duration WAIT = Duration.ofSeconds(180);

  private final Helpdesk desk = new Helpdesk();
  private GreenMail smtp;

  @ArquillianResource private URL portalUrl;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeEach
  void start() {
    desk.at(portalUrl);
    smtp = MailServers.startSmtp();
  }

  @AfterEach
  void stop() {
    smtp.stop();
  }

  @Test
  void dispatch_notifiesTechnicianAndRequester_notTheActor() throws Exception {
    JsonObject request = desk.file("rita", Helpdesk.unique("Keyboard missing keys"));
    String reference = request.getString("number");

    desk.act("agent", Helpdesk.id(request), "dispatch", json("technicianId", desk.idOf("tom")));
    awaitAllSent(reference);

    Map<String, List<String>> kinds = kindsByRecipient(reference);
    assertEquals(List.of("DISPATCH"), kinds.get("tom.tech@example.com"), kinds::toString);
    assertEquals(List.of("DISPATCH"), kinds.get("rita.martin@example.com"), kinds::toString);
    assertEquals(List.of("FILE"), kinds.get("alice.agent@example.com"), kinds::toString);
    assertEquals(List.of("FILE"), kinds.get("carla.centre@example.com"), kinds::toString);
    MimeMessage toTom = receivedBy("tom.tech@example.com", reference);
    assertTrue(
        toTom.getSubject().startsWith("[" + reference + "] Demande attribuée"), toTom.getSubject());
    assertEquals("auto-generated", MailServers.header(toTom, "Auto-Submitted"));
    assertEquals(
        "<eh." + Helpdesk.id(request) + "@ehelp.test>", MailServers.header(toTom, "In-Reply-To"));
    String body = (String) toTom.getContent();
    assertTrue(body.contains("requests/view.xhtml?id=" + Helpdesk.id(request)), body);
  }

  @Test
  void everyActionOfTheLifecycle_notifiesSomeone() {
    JsonObject request = desk.file("rita", Helpdesk.unique("New laptop"));
    long id = Helpdesk.id(request);
    String reference = request.getString("number");

    desk.act("agent", id, "dispatch", json("technicianId", desk.idOf("tom")));
    desk.act("tom", id, "start", json());
    desk.act(
        "tom", id, "ask-approval", json("responsibleId", desk.idOf("rick"), "text", "Buy it?"));
    desk.act("rick", id, "approve", json("text", "Yes"));
    JsonObject withTask =
        desk.act(
            "tom",
            id,
            "add-task",
            json("contributorId", desk.idOf("cora"), "text", "Install the laptop"));
    long task = withTask.getJsonArray("tasks").getJsonObject(0).getJsonNumber("id").longValue();
    desk.act("cora", id, "complete-task", json("taskId", task, "text", "Installed"));
    desk.act("tom", id, "mark-realized", json("text", "Delivered"));
    desk.act("agent", id, "send-for-validation", json());
    desk.act("rita", id, "accept", json());
    awaitAllSent(reference);

    Map<String, List<String>> kinds = kindsByRecipient(reference);
    assertTrue(kinds.get("rick.responsible@example.com").contains("ASK_APPROVAL"), kinds::toString);
    assertTrue(kinds.get("tom.tech@example.com").contains("APPROVE"), kinds::toString);
    assertTrue(kinds.get("cora.contributor@example.com").contains("ADD_TASK"), kinds::toString);
    assertTrue(kinds.get("tom.tech@example.com").contains("COMPLETE_TASK"), kinds::toString);
    assertTrue(kinds.get("alice.agent@example.com").contains("MARK_REALIZED"), kinds::toString);
    assertTrue(
        kinds.get("rita.martin@example.com").contains("SEND_FOR_VALIDATION"), kinds::toString);
    assertFalse(kinds.get("rita.martin@example.com").contains("ACCEPT"), kinds::toString);
    for (Map.Entry<String, List<String>> entry : kinds.entrySet()) {
      assertEquals(
          Set.copyOf(entry.getValue()).size(),
          entry.getValue().size(),
          () -> "a kind reached " + entry.getKey() + " twice: " + entry.getValue());
    }
  }

  @Test
  void everyOtherAction_reachesItsAudience() {
    JsonObject filed = desk.file("rita", Helpdesk.unique("Docking station"));
    long id = Helpdesk.id(filed);
    String reference = filed.getString("number");
    desk.act("agent", id, "take", json());
    desk.act("agent", id, "hand-back", json("text", "Needs hardware"));
    desk.act("carla", id, "dispatch", json("technicianId", desk.idOf("tom")));
    desk.act("tom", id, "start", json());
    desk.act("tom", id, "put-on-hold", json("text", "Waiting for the part"));
    desk.act("tom", id, "resume", json());
    desk.act("tom", id, "ask-approval", json("responsibleId", desk.idOf("rick"), "text", "Buy?"));
    desk.act("rick", id, "refuse-approval", json("text", "Too dear"));
    long cancelled = taskOf(desk.act("tom", id, "add-task", task("cora", "Order it")), "cora");
    desk.act("tom", id, "cancel-task", json("taskId", cancelled, "text", "Not needed"));
    long started = taskOf(desk.act("tom", id, "add-task", task("colin", "Plug it")), "colin");
    desk.act("colin", id, "start-task", json("taskId", started));
    desk.act("colin", id, "complete-task", json("taskId", started, "text", "Plugged"));
    desk.act("tom", id, "reclassify", json("priority", "P1", "text", "Blocks work"));
    desk.act("tom", id, "mark-realized", json("text", "Set up"));
    desk.act("agent", id, "return-to-technician", json("text", "Screen missing"));
    desk.act("tom", id, "mark-realized", json("text", "Screen added"));
    desk.act("agent", id, "send-for-validation", json());
    desk.act("rita", id, "refuse", json("text", "Still flickers"));
    desk.as("tom").post("requests/" + id + "/comments", json("body", "Cable?")).expect(201);
    desk.as("rita").post("requests/" + id + "/comments", json("body", "Not it")).expect(201);
    desk.act("agent", id, "close", json("text", "Replaced by a new request"));
    long rejected = Helpdesk.id(desk.file("rita", Helpdesk.unique("Free coffee")));
    desk.act("agent", rejected, "reject", json("text", "Not for the service desk"));
    long withdrawn = Helpdesk.id(desk.file("rita", Helpdesk.unique("Mouse broken")));
    desk.act("rita", withdrawn, "withdraw", json("text", "Found a spare"));
    awaitAllSent(reference);
    awaitAllSent("EH-" + rejected);
    awaitAllSent("EH-" + withdrawn);

    Map<String, List<String>> kinds = kindsByRecipient(reference);
    List<String> rita = kinds.get("rita.martin@example.com");
    List<String> tom = kinds.get("tom.tech@example.com");
    for (String kind :
        List.of("TAKE", "START", "PUT_ON_HOLD", "RESUME", "RECLASSIFY", "CLOSE", "COMMENT")) {
      assertTrue(rita.contains(kind), () -> kind + " did not reach rita: " + kinds);
    }
    for (String kind :
        List.of("REFUSE_APPROVAL", "START_TASK", "COMPLETE_TASK", "RETURN_TO_TECHNICIAN")) {
      assertTrue(tom.contains(kind), () -> kind + " did not reach tom: " + kinds);
    }
    assertTrue(tom.contains("REFUSE"), kinds::toString);
    assertTrue(tom.contains("COMMENT"), kinds::toString);
    assertTrue(kinds.get("carla.centre@example.com").contains("HAND_BACK"), kinds::toString);
    assertTrue(kinds.get("carla.centre@example.com").contains("REFUSE"), kinds::toString);
    assertTrue(kinds.get("cora.contributor@example.com").contains("CANCEL_TASK"), kinds::toString);
    assertEquals(
        List.of("REJECT"),
        kindsByRecipient("EH-" + rejected).get("rita.martin@example.com"),
        () -> kindsByRecipient("EH-" + rejected).toString());
    assertTrue(
        kindsByRecipient("EH-" + withdrawn).get("alice.agent@example.com").contains("WITHDRAW"),
        () -> kindsByRecipient("EH-" + withdrawn).toString());
  }

  private JsonObject task(String contributor, String text) {
    return json("contributorId", desk.idOf(contributor), "text", text);
  }

  private static long taskOf(JsonObject request, String contributor) {
    return request.getJsonArray("tasks").stream()
        .map(JsonValue::asJsonObject)
        .filter(t -> t.getJsonObject("contributor").getString("login").equals(contributor))
        .filter(t -> t.getString("state").equals("OPEN"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no open task for " + contributor + ": " + request))
        .getJsonNumber("id")
        .longValue();
  }

  @Test
  void turnedOffKind_isNotSent_butMandatoryOneIs() {
    ApiClient ralph = desk.as("ralph");
    ralph.send("PUT", "me/notifications", json("COMMENT", false).toString()).expect(200);
    try {
      ApiClient.Response refused =
          ralph.send("PUT", "me/notifications", json("SEND_FOR_VALIDATION", false).toString());
      assertEquals(400, refused.status(), refused::toString);

      JsonObject request = desk.file("ralph", Helpdesk.unique("Monitor cable"));
      long id = Helpdesk.id(request);
      desk.as("agent").post("requests/" + id + "/comments", json("body", "On its way")).expect(201);
      desk.act("agent", id, "take", json());
      desk.act("agent", id, "mark-realized", json("text", "Cable delivered"));
      desk.act("agent", id, "send-for-validation", json());
      awaitAllSent(request.getString("number"));

      List<String> kinds =
          kindsByRecipient(request.getString("number")).get("ralph.turner@example.com");
      assertFalse(kinds.contains("COMMENT"), kinds::toString);
      assertTrue(kinds.contains("SEND_FOR_VALIDATION"), kinds::toString);
    } finally {
      ralph.send("PUT", "me/notifications", json("COMMENT", true).toString()).expect(200);
    }
  }

  @Test
  void smtpOutage_losesNoNotificationAndSendsNoneTwice() {
    smtp.stop();
    JsonObject request = desk.file("rita", Helpdesk.unique("Printer offline during outage"));
    long id = Helpdesk.id(request);
    String reference = request.getString("number");
    desk.act("agent", id, "dispatch", json("technicianId", desk.idOf("tom")));
    desk.as("agent")
        .post("requests/" + id + "/comments", json("body", "Looking at it"))
        .expect(201);
    MailServers.await(
        "a failed try while the SMTP server is down",
        WAIT,
        () -> outbox(reference).stream().anyMatch(o -> o.getInt("attempts") > 0));
    assertTrue(outbox(reference).stream().noneMatch(o -> o.getString("state").equals("SENT")));

    smtp = MailServers.startSmtp();
    awaitAllSent(reference);

    List<JsonObject> rows = outbox(reference);
    List<String> delivered =
        MailServers.received(smtp, reference).stream()
            .map(m -> MailServers.header(m, "Message-ID"))
            .toList();
    assertEquals(rows.size(), delivered.size(), delivered::toString);
    assertEquals(Set.copyOf(delivered).size(), delivered.size(), delivered::toString);
    Set<String> expected =
        rows.stream()
            .map(o -> "<" + o.getString("messageIdHeader") + ">")
            .collect(Collectors.toSet());
    assertEquals(expected, Set.copyOf(delivered));
  }

  @Test
  void rejectedAction_notifiesNobody() {
    JsonObject request = desk.file("rita", Helpdesk.unique("Stale dispatch"));
    long id = Helpdesk.id(request);
    String reference = request.getString("number");
    awaitAllSent(reference);
    int before = outbox(reference).size();

    ApiClient.Response stale =
        desk.attempt(
            "agent", id, "dispatch", json("technicianId", desk.idOf("tom")), "If-Match", "\"999\"");
    ApiClient.Response notAllowed = desk.attempt("rita", id, "reject", json("text", "no"));

    assertEquals(412, stale.status(), stale::toString);
    assertEquals(403, notAllowed.status(), notAllowed::toString);
    assertEquals(before, outbox(reference).size());
  }

  /**
   * Racing creates with one Idempotency-Key: the losers roll back after their notifications were
   * written (the key's unique constraint fails at the end of the transaction), so only the winner's
   * request may have notifications.
   */
  @Test
  void rolledBackFiling_leavesNoNotification() throws Exception {
    String title = Helpdesk.unique("Racing creates");
    String key = java.util.UUID.randomUUID().toString();
    JsonObject body = json("title", title, "description", "Filed by six threads at once");

    List<ApiClient.Response> responses =
        Race.run(6, i -> desk.as("ralph").post("requests", body, "Idempotency-Key", key));

    Set<String> numbers =
        responses.stream()
            .filter(r -> r.status() == 200 || r.status() == 201)
            .map(r -> r.json().getString("number"))
            .collect(Collectors.toSet());
    assertEquals(1, numbers.size(), responses::toString);
    String winner = numbers.iterator().next();
    awaitAllSent(winner);
    List<JsonObject> all =
        desk
            .as("admin")
            .get("mail/outbox?limit=200")
            .expect(200)
            .json()
            .getJsonArray("items")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> o.getString("subject").contains(title))
            .toList();
    assertFalse(all.isEmpty());
    assertTrue(all.stream().allMatch(o -> o.getString("request").equals(winner)), all::toString);
  }

  private void awaitAllSent(String reference) {
    MailServers.await(
        "every notification of " + reference + " to be sent",
        WAIT,
        () -> {
          List<JsonObject> rows = outbox(reference);
          return !rows.isEmpty()
              && rows.stream().allMatch(o -> o.getString("state").equals("SENT"));
        });
  }

  private List<JsonObject> outbox(String reference) {
    return desk.outbox(reference);
  }

  private Map<String, List<String>> kindsByRecipient(String reference) {
    Map<String, List<String>> kinds = new HashMap<>();
    for (JsonObject row : outbox(reference)) {
      kinds
          .computeIfAbsent(row.getString("to"), t -> new java.util.ArrayList<>())
          .add(row.getString("kind"));
    }
    return kinds;
  }

  private MimeMessage receivedBy(String address, String reference) throws Exception {
    for (MimeMessage message : MailServers.received(smtp, reference)) {
      if (message.getAllRecipients()[0].toString().contains(address)) {
        return message;
      }
    }
    throw new AssertionError("No message about " + reference + " reached " + address);
  }
}

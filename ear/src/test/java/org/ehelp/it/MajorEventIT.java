package org.ehelp.it;

import static org.ehelp.it.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Major events over the API and on the login page: when an event shows, who may record it, filing
 * and attaching requests, one message per person and update, and ending with closing requests.
 */
@ExtendWith(ArquillianExtension.class)
class MajorEventIT {

  private final Helpdesk desk = new Helpdesk();

  @ArquillianResource private URL portalUrl;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeEach
  void start() {
    desk.at(portalUrl);
  }

  @Test
  void banner_showsOnlyBetweenStartAndEnd() {
    Instant now = Instant.now();
    long upcoming =
        record(
            Helpdesk.unique("Upcoming upgrade"),
            now.plus(Duration.ofHours(2)),
            now.plus(Duration.ofHours(4)));
    long past =
        record(
            Helpdesk.unique("Finished upgrade"),
            now.minus(Duration.ofHours(4)),
            now.minus(Duration.ofHours(1)));
    long current =
        record(
            Helpdesk.unique("Printer outage"),
            now.minus(Duration.ofMinutes(5)),
            now.plus(Duration.ofHours(1)));
    long openEnded =
        record(Helpdesk.unique("Wi-Fi outage"), now.minus(Duration.ofMinutes(5)), null);

    List<Long> shown = currentIds();
    String login = loginPage();

    assertFalse(shown.contains(upcoming), "upcoming event shown");
    assertFalse(shown.contains(past), "past event shown");
    assertTrue(shown.contains(current), "current event missing");
    assertTrue(shown.contains(openEnded), "event without expected end missing");
    assertFalse(login.contains("data-event=\"" + upcoming + "\""), "upcoming event on login page");
    assertFalse(login.contains("data-event=\"" + past + "\""), "past event on login page");
    assertTrue(login.contains("data-event=\"" + current + "\""), "current event not on login page");
    assertEquals("UPCOMING", event(upcoming).getString("phase"));
    assertEquals("PAST", event(past).getString("phase"));

    desk.as("agent").post("major-events/" + openEnded + "/end", json("text", "Fixed")).expect(200);

    assertFalse(currentIds().contains(openEnded), "ended event still shown");
    assertFalse(
        loginPage().contains("data-event=\"" + openEnded + "\""), "ended event on login page");
    assertEquals("PAST", event(openEnded).getString("phase"));
  }

  @Test
  void recording_isForTheCallCenterOnly() {
    JsonObject body = input(Helpdesk.unique("Not allowed"), Instant.now(), null, "NETWORK");

    desk.as("rita").post("major-events", body).expect(403);
    desk.as("tom").post("major-events", body).expect(403);
    desk.as("admin").post("major-events", body).expect(201);
    desk.as("agent")
        .post(
            "major-events", input("Backwards", Instant.now(), Instant.now().minusSeconds(60), null))
        .expect(400);
  }

  @Test
  void affectedCategory_listsTheEventToAskAbout() {
    Instant now = Instant.now();
    long network = record(Helpdesk.unique("Switch failure"), now.minusSeconds(60), null, "NETWORK");

    List<Long> forNetwork =
        ids(desk.as("rita").get("major-events?current=true&category=NETWORK").expect(200).array());
    List<Long> forHardware =
        ids(desk.as("rita").get("major-events?current=true&category=HARDWARE").expect(200).array());

    assertTrue(forNetwork.contains(network));
    assertFalse(forHardware.contains(network));
  }

  @Test
  void filingAsSameProblem_attachesTheRequest() {
    long event =
        record(Helpdesk.unique("Mail outage"), Instant.now().minusSeconds(60), null, "SOFTWARE");

    JsonObject filed =
        desk.as("rita")
            .post(
                "major-events/" + event + "/requests",
                json(
                    "title", "No mail", "description", "Outlook fails", "categoryCode", "SOFTWARE"))
            .expect(201)
            .json();

    assertEquals(List.of(filed.getString("number")), attached(event));
    assertEquals(1, event(event).getInt("attached"));
    Helpdesk.assertState("SUBMITTED", desk.get("rita", Helpdesk.id(filed)));
  }

  @Test
  void filingAsSameProblem_refusedOutsideTheEvent() {
    Instant now = Instant.now();
    long later =
        record(
            Helpdesk.unique("Planned"), now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)));

    desk.as("rita")
        .post("major-events/" + later + "/requests", json("title", "Too early", "description", "x"))
        .expect(409);
  }

  @Test
  void updates_notifyEachPersonOncePerUpdate() {
    String title = Helpdesk.unique("Intranet down");
    long event = record(title, Instant.now().minusSeconds(60), null, "SOFTWARE");
    JsonObject first = fileAttached(event, "rita", "Intranet blank page");
    JsonObject second = fileAttached(event, "rita", "Intranet again");
    JsonObject other = desk.file("ralph", Helpdesk.unique("Cannot open the intranet"));
    JsonObject attachedTwice =
        desk.as("agent")
            .post(
                "major-events/" + event + "/requests/attach",
                json("requests", numbers(other, first)))
            .expect(200)
            .json();

    assertEquals(1, attachedTwice.getInt("added"));
    assertEquals(3, attached(event).size());

    desk.as("agent")
        .post("major-events/" + event + "/updates", json("text", "Servers restarting"))
        .expect(200);
    desk.as("agent")
        .post("major-events/" + event + "/updates", json("text", "Half of the servers are back"))
        .expect(200);

    Map<String, Long> updates = mailsTo(title, "MAJOR_EVENT_UPDATE");
    assertEquals(2L, updates.get("rita.martin@example.com"), updates::toString);
    assertEquals(2L, updates.get("ralph.turner@example.com"), updates::toString);
    assertEquals(2, updates.size(), updates::toString);
    assertTrue(second.getString("number").startsWith("EH-"));
  }

  @Test
  void ending_closesAttachedRequestsAndNotifiesOnce() {
    String title = Helpdesk.unique("Badge readers down");
    long event = record(title, Instant.now().minusSeconds(60), null, "ACCESS");
    JsonObject waiting = fileAttached(event, "rosa", "Badge refused");
    JsonObject alsoWaiting = fileAttached(event, "rosa", "Badge refused again");
    JsonObject taken = fileAttached(event, "regina", "Door stays locked");
    desk.act("agent", Helpdesk.id(taken), "take", null);

    JsonObject ended =
        desk.as("agent")
            .post(
                "major-events/" + event + "/end",
                json("text", "Readers replaced", "closeRequests", true))
            .expect(200)
            .json();

    assertEquals(2, ended.getInt("closed"));
    assertEquals(1, ended.getInt("leftOpen"));
    assertEquals("PAST", ended.getJsonObject("event").getString("phase"));
    for (JsonObject closed : List.of(waiting, alsoWaiting)) {
      JsonArray history = desk.history("rosa", Helpdesk.id(closed));
      JsonObject last = history.getJsonObject(history.size() - 1);
      assertEquals("close", last.getString("action"));
      assertEquals("Readers replaced", last.getString("note"));
      Helpdesk.assertState("CLOSED", desk.get("rosa", Helpdesk.id(closed)));
    }
    Helpdesk.assertState("IN_PROGRESS", desk.get("regina", Helpdesk.id(taken)));
    Map<String, Long> ends = mailsTo(title, "MAJOR_EVENT_END");
    assertEquals(1L, ends.get("rosa.garcia@example.com"), ends::toString);
    assertEquals(1L, ends.get("regina.hall@example.com"), ends::toString);
    desk.as("agent").post("major-events/" + event + "/end", json("text", "Again")).expect(409);
    desk.as("agent").post("major-events/" + event + "/updates", json("text", "Late")).expect(409);
  }

  private long record(String title, Instant start, Instant expectedEnd, String... categories) {
    JsonObject created =
        desk.as("agent")
            .post("major-events", input(title, start, expectedEnd, categories))
            .expect(201)
            .json();
    return created.getJsonNumber("id").longValue();
  }

  private static JsonObject input(
      String title, Instant start, Instant expectedEnd, String... categories) {
    JsonArrayBuilder codes = Json.createArrayBuilder();
    for (String code : categories == null ? new String[0] : categories) {
      if (code != null) {
        codes.add(code);
      }
    }
    return json(
        "kind",
        "INCIDENT",
        "title",
        title,
        "description",
        "Recorded by the integration tests",
        "startsAt",
        start.toString(),
        "expectedEndAt",
        expectedEnd == null ? null : expectedEnd.toString(),
        "categoryCodes",
        codes.build(),
        "services",
        Json.createArrayBuilder().add("Test service").build());
  }

  private JsonObject fileAttached(long event, String login, String title) {
    return desk.as(login)
        .post(
            "major-events/" + event + "/requests",
            json("title", Helpdesk.unique(title), "description", title))
        .expect(201)
        .json();
  }

  private JsonObject event(long id) {
    return desk.as("rita").get("major-events/" + id).expect(200).json();
  }

  private List<String> attached(long event) {
    return desk.as("agent").get("major-events/" + event + "/requests").expect(200).array().stream()
        .map(v -> ((JsonString) v).getString())
        .toList();
  }

  private List<Long> currentIds() {
    return ids(desk.as("rita").get("major-events?current=true").expect(200).array());
  }

  private static List<Long> ids(JsonArray events) {
    return events.stream().map(e -> e.asJsonObject().getJsonNumber("id").longValue()).toList();
  }

  private String loginPage() {
    return ApiClient.anonymous(portalUrl)
        .send("GET", "/login.xhtml", null, "Accept", "text/html")
        .expect(200)
        .body();
  }

  private static JsonArray numbers(JsonObject... requests) {
    JsonArrayBuilder numbers = Json.createArrayBuilder();
    for (JsonObject request : requests) {
      numbers.add(request.getString("number"));
    }
    return numbers.build();
  }

  /** Counts the mails of a kind about the event, by recipient. */
  private Map<String, Long> mailsTo(String eventTitle, String kind) {
    return desk
        .as("admin")
        .get("mail/outbox?limit=200")
        .expect(200)
        .json()
        .getJsonArray("items")
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(
            o -> o.getString("kind").equals(kind) && o.getString("subject").contains(eventTitle))
        .collect(Collectors.groupingBy(o -> o.getString("to"), Collectors.counting()));
  }
}

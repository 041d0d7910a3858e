package org.ehelp.it;

import static org.ehelp.it.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Satisfaction surveys over the API: who a campaign targets and samples, the survey after each
 * close, one answer per invitation, anonymous answers that lead back to nobody, and one reminder.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyIT {

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
  void periodCampaign_invitesOnlyTheTarget() {
    Instant from = Instant.now().minusSeconds(1);
    JsonObject ritaHardware = closed("rita", "HARDWARE");
    JsonObject ralphHardware = closed("ralph", "HARDWARE");
    JsonObject rosaSoftware = closed("rosa", "SOFTWARE");
    Instant until = Instant.now().plusSeconds(1);

    String title = Helpdesk.unique("Hardware survey");
    long campaign =
        create(
            with(
                campaign("PERIOD", false, 100, from, until, "HARDWARE", rating(), choice(), text()),
                "title",
                title));
    int invited = invite(campaign);

    // Other tests may close a hardware request inside the same window, so count at least ours.
    assertTrue(invited >= 2, () -> invited + " invited");
    assertTrue(invitedTo(campaign, "rita"));
    assertTrue(invitedTo(campaign, "ralph"));
    assertFalse(invitedTo(campaign, "rosa"));
    assertEquals(invited, invite(campaign), "a campaign invites once");
    List<String> mails = mailsTo(title, "SURVEY_INVITATION");
    assertEquals(invited, mails.size(), mails::toString);
    assertTrue(mails.contains("rita.martin@example.com"), mails::toString);
    assertTrue(mails.contains("ralph.turner@example.com"), mails::toString);
    assertFalse(mails.contains("rosa.garcia@example.com"), mails::toString);
    assertTrue(Helpdesk.id(rosaSoftware) > Helpdesk.id(ritaHardware));
    assertTrue(Helpdesk.id(ralphHardware) > 0);
  }

  @Test
  void sampling_keepsTheRequestsTheHashKeeps() {
    Instant from = Instant.now().minusSeconds(1);
    List<JsonObject> requests = new ArrayList<>();
    for (String login : List.of("rita", "ralph", "rosa", "ruben", "regina")) {
      requests.add(closed(login, "ACCESS"));
    }
    Instant until = Instant.now().plusSeconds(1);

    long none = create(campaign("PERIOD", false, 0, from, until, "ACCESS", rating()));
    long half = create(campaign("PERIOD", false, 50, from, until, "ACCESS", rating()));

    assertEquals(0, invite(none));
    Map<String, Boolean> expected = new LinkedHashMap<>();
    for (JsonObject request : requests) {
      expected.put(
          request.getJsonObject("requester").getString("login"),
          sampled(half, Helpdesk.id(request), 50));
    }
    int invited = invite(half);
    assertEquals(expected.values().stream().filter(b -> b).count(), invited, expected::toString);
    for (Map.Entry<String, Boolean> person : expected.entrySet()) {
      assertEquals(person.getValue(), invitedTo(half, person.getKey()), person.getKey());
    }
  }

  @Test
  void afterClose_invitesAsTheRequestCloses() {
    String title = Helpdesk.unique("After close");
    JsonObject body = campaign("AFTER_CLOSE", false, 100, null, null, "NETWORK", rating());
    long campaign = create(with(body, "title", title));

    closed("regina", "NETWORK");

    assertTrue(invitedTo(campaign, "regina"));
    assertTrue(mailsTo(title, "SURVEY_INVITATION").contains("regina.hall@example.com"));
  }

  @Test
  void answer_oncePerInvitation() {
    Instant from = Instant.now().minusSeconds(1);
    closed("ruben", "SOFTWARE");
    long campaign =
        create(
            campaign(
                "PERIOD", false, 100, from, Instant.now().plusSeconds(1), "SOFTWARE", rating()));
    invite(campaign);
    JsonObject invitation = invitation(campaign, "ruben");
    long question = firstQuestion(invitation);

    desk.as("ralph").post(answers(invitation), answer(question, 4)).expect(404);
    desk.as("ruben").post(answers(invitation), answer(question, 9)).expect(400);
    desk.as("ruben").post(answers(invitation), answer(question, 4)).expect(204);
    desk.as("ruben").post(answers(invitation), answer(question, 5)).expect(409);

    JsonObject results = results(campaign);
    assertEquals(1, results.getInt("responses"));
    assertEquals(80.0, results.getJsonNumber("satisfaction").doubleValue());
    assertFalse(invitedTo(campaign, "ruben"), "an answered invitation leaves the open list");
  }

  @Test
  void anonymousAnswers_leadBackToNobody() {
    Instant from = Instant.now().minusSeconds(1);
    JsonObject request = closed("regina", "HARDWARE");
    Instant until = Instant.now().plusSeconds(1);
    long anonymous =
        create(campaign("PERIOD", true, 100, from, until, "HARDWARE", rating(), text()));
    long named = create(campaign("PERIOD", false, 100, from, until, "HARDWARE", rating(), text()));
    invite(anonymous);
    invite(named);

    for (long campaign : List.of(anonymous, named)) {
      JsonObject invitation = invitation(campaign, "regina");
      JsonArray questions = invitation.getJsonArray("questions");
      JsonObject body =
          json(
              "answers",
              Json.createArrayBuilder()
                  .add(json("questionId", id(questions.getJsonObject(0)), "rating", 5))
                  .add(json("questionId", id(questions.getJsonObject(1)), "text", "Quick and kind"))
                  .build());
      desk.as("regina").post(answers(invitation), body).expect(204);
    }

    List<String> anonymousRow = csvRows(anonymous).get(1);
    List<String> namedRow = csvRows(named).get(1);
    assertEquals("", anonymousRow.get(2), "respondent of an anonymous answer");
    assertEquals("", anonymousRow.get(3), "request of an anonymous answer");
    assertTrue(anonymousRow.get(1).endsWith("T00:00:00Z"), "only the day: " + anonymousRow.get(1));
    assertEquals("tom", anonymousRow.get(4), "technician kept for the results");
    assertEquals("HARDWARE", anonymousRow.get(5));
    assertEquals("Quick and kind", anonymousRow.get(8));
    assertEquals("regina", namedRow.get(2));
    assertEquals(request.getString("number"), namedRow.get(3));
    assertEquals(1, results(anonymous).getJsonArray("byTechnician").size());
  }

  @Test
  void reminder_goesOnceToThoseWhoHaveNotAnswered() {
    Instant from = Instant.now().minusSeconds(1);
    closed("rita", "NETWORK");
    closed("ralph", "NETWORK");
    String title = Helpdesk.unique("Reminded");
    long campaign =
        create(
            with(
                campaign(
                    "PERIOD", false, 100, from, Instant.now().plusSeconds(1), "NETWORK", rating()),
                "title",
                title));
    invite(campaign);
    JsonObject ritas = invitation(campaign, "rita");
    desk.as("rita").post(answers(ritas), answer(firstQuestion(ritas), 3)).expect(204);

    JsonObject reminded =
        desk.as("agent")
            .post("surveys/campaigns/" + campaign + "/reminders", json())
            .expect(200)
            .json();

    assertEquals(1, reminded.getInt("count"));
    assertEquals(List.of("ralph.turner@example.com"), mailsTo(title, "SURVEY_REMINDER"));
    desk.as("agent").post("surveys/campaigns/" + campaign + "/reminders", json()).expect(409);
  }

  @Test
  void campaigns_areForTheCallCenterAndAdmins() {
    JsonObject body = campaign("PERIOD", false, 100, null, null, null, rating());

    desk.as("rita").post("surveys/campaigns", body).expect(403);
    desk.as("tom").get("surveys/campaigns").expect(403);
    long campaign = create(body);
    desk.as("rita").get("surveys/campaigns/" + campaign + "/results").expect(403);
    desk.as("admin").get("surveys/campaigns/" + campaign + "/results").expect(200);
    desk.as("agent").post("surveys/campaigns", with(body, "samplingPercent", 120)).expect(400);
  }

  /** Files a request as {@code login}, has tom realize it and the call center close it. */
  private JsonObject closed(String login, String category) {
    JsonObject request =
        desk.file(login, Helpdesk.unique("Survey target"), "categoryCode", category);
    long id = Helpdesk.id(request);
    desk.act("agent", id, "dispatch", json("technicianId", desk.idOf("tom")));
    desk.act("tom", id, "start", null);
    desk.act("tom", id, "mark-realized", json("text", "Done"));
    desk.act("agent", id, "close", json("text", "Closed for the survey tests"));
    return desk.get(login, id);
  }

  private static JsonObject campaign(
      String kind,
      boolean anonymous,
      int percent,
      Instant from,
      Instant until,
      String category,
      JsonObject... questions) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (JsonObject question : questions) {
      list.add(question);
    }
    Instant now = Instant.now();
    return json(
        "title",
        Helpdesk.unique("Satisfaction"),
        "kind",
        kind,
        "anonymous",
        anonymous,
        "opensAt",
        now.minusSeconds(60).toString(),
        "closesAt",
        now.plus(Duration.ofDays(7)).toString(),
        "closedFrom",
        from == null ? null : from.toString(),
        "closedUntil",
        until == null ? null : until.toString(),
        "categoryCodes",
        category == null ? null : Json.createArrayBuilder().add(category).build(),
        "samplingPercent",
        percent,
        "questions",
        list.build());
  }

  /** Returns the object with one member replaced. */
  private static JsonObject with(JsonObject object, String name, Object value) {
    var builder = Json.createObjectBuilder(object);
    if (value instanceof Integer number) {
      builder.add(name, number);
    } else {
      builder.add(name, value.toString());
    }
    return builder.build();
  }

  private static JsonObject rating() {
    return ApiClient.json(
        "kind", "RATING", "text", "How satisfied are you?", "scaleMax", 5, "mandatory", true);
  }

  private static JsonObject choice() {
    return ApiClient.json(
        "kind",
        "CHOICE",
        "text",
        "Solved at the first attempt?",
        "choices",
        Json.createArrayBuilder().add("Yes").add("No").build());
  }

  private static JsonObject text() {
    return ApiClient.json("kind", "TEXT", "text", "What could we do better?");
  }

  private long create(JsonObject body) {
    return id(desk.as("agent").post("surveys/campaigns", body).expect(201).json());
  }

  private int invite(long campaign) {
    return desk.as("agent")
        .post("surveys/campaigns/" + campaign + "/invitations", json())
        .expect(200)
        .json()
        .getInt("count");
  }

  private List<JsonObject> openInvitations(String login) {
    return desk.as(login).get("surveys/invitations").expect(200).array().stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }

  private boolean invitedTo(long campaign, String login) {
    return openInvitations(login).stream().anyMatch(i -> i.getInt("campaignId") == campaign);
  }

  private JsonObject invitation(long campaign, String login) {
    long id =
        openInvitations(login).stream()
            .filter(i -> i.getInt("campaignId") == campaign)
            .findFirst()
            .map(SurveyIT::id)
            .orElseThrow(() -> new AssertionError(login + " has no invitation to " + campaign));
    return desk.as(login).get("surveys/invitations/" + id).expect(200).json();
  }

  private static String answers(JsonObject invitation) {
    return "surveys/invitations/" + id(invitation) + "/answers";
  }

  private static long firstQuestion(JsonObject invitation) {
    return id(invitation.getJsonArray("questions").getJsonObject(0));
  }

  private static JsonObject answer(long question, int rating) {
    return ApiClient.json(
        "answers",
        Json.createArrayBuilder()
            .add(ApiClient.json("questionId", question, "rating", rating))
            .build());
  }

  private JsonObject results(long campaign) {
    return desk.as("agent").get("surveys/campaigns/" + campaign + "/results").expect(200).json();
  }

  private List<List<String>> csvRows(long campaign) {
    String csv =
        desk.as("agent")
            .send(
                "GET",
                "surveys/campaigns/" + campaign + "/responses.csv",
                null,
                "Accept",
                "text/csv")
            .expect(200)
            .body();
    return csv.lines().map(SurveyIT::cells).toList();
  }

  /** Splits one CSV line of simple cells: the tests write no comma, quote or line break. */
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    for (String cell : line.split(",", -1)) {
      cells.add(cell.startsWith("\"") ? cell.substring(1, cell.length() - 1) : cell);
    }
    return cells;
  }

  private List<String> mailsTo(String campaignTitle, String kind) {
    return desk
        .as("admin")
        .get("mail/outbox?limit=200")
        .expect(200)
        .json()
        .getJsonArray("items")
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(
            o -> o.getString("kind").equals(kind) && o.getString("subject").contains(campaignTitle))
        .map(o -> o.getString("to"))
        .sorted()
        .collect(Collectors.toList());
  }

  private static long id(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }

  /** The sampling rule of the application, written again: SHA-256 of "campaign:request". */
  private static boolean sampled(long campaign, long request, int percent) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((campaign + ":" + request).getBytes(StandardCharsets.US_ASCII));
      return Math.floorMod(ByteBuffer.wrap(hash).getInt(), 10_000) < percent * 100;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

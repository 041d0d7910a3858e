package org.ehelp.it;

import static org.ehelp.it.ApiClient.json;
import static org.ehelp.it.Helpdesk.assertState;
import static org.ehelp.it.Helpdesk.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The actions eHelp takes by itself, run on demand through the jobs endpoint rather than waiting
 * for the one-minute schedule: resuming at the resume date, and closing accepted requests. The
 * schedule may run first; either way the request must end in the same state.
 */
@ExtendWith(ArquillianExtension.class)
class LifecycleTimersIT {

  private static final Helpdesk DESK = new Helpdesk();

  @ArquillianResource private URL portalUrl;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeEach
  void pointAtPortal() {
    DESK.at(portalUrl);
  }

  @AfterEach
  void closeAcceptedRequestsByHand() {
    changeAutoClose(null).expect(200);
  }

  @Test
  void resumeDate_resumesTheRequest() throws InterruptedException {
    long request = inProgress("Resume by date");
    Instant resumeAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
    DESK.act("tom", request, "put-on-hold", json("text", "Back soon", "resumeAt", resumeAt));

    Thread.sleep(Math.max(0, resumeAt.toEpochMilli() - System.currentTimeMillis() + 500));
    runJob();

    JsonObject after = DESK.get("tom", request);
    assertState("IN_PROGRESS", after);
    JsonObject last = lastEntry(request);
    assertEquals("resume", last.getString("action"), last::toString);
    assertFalse(last.containsKey("actor") && !last.isNull("actor"), last::toString);
  }

  @Test
  void resumeDateAhead_keepsTheRequestOnHold() {
    long request = inProgress("Resume later");
    DESK.act(
        "tom",
        request,
        "put-on-hold",
        json("text", "Next year", "resumeAt", "2099-01-01T08:00:00Z"));

    runJob();

    assertState("ON_HOLD", DESK.get("tom", request));
  }

  @Test
  void autoCloseAtOnce_closesOnAcceptance() {
    changeAutoClose("PT0S").expect(200);
    long request = awaitingValidation("Closed at once");

    JsonObject accepted = DESK.act("rita", request, "accept", null);

    assertState("CLOSED", accepted);
    JsonArray history = DESK.history("agent", request);
    assertEquals("accept", history.getJsonObject(history.size() - 2).getString("action"));
    assertEquals("close", history.getJsonObject(history.size() - 1).getString("action"));
  }

  @Test
  void autoCloseAfterDelay_closesOnNextRun() throws InterruptedException {
    changeAutoClose("PT1S").expect(200);
    long request = awaitingValidation("Closed after a delay");
    assertState("ACCEPTED", DESK.act("rita", request, "accept", null));

    Thread.sleep(1_500);
    runJob();

    assertState("CLOSED", DESK.get("rita", request));
    assertEquals("close", lastEntry(request).getString("action"));
  }

  @Test
  void autoCloseOff_keepsRequestAccepted() {
    long request = awaitingValidation("Closed by hand");
    assertState("ACCEPTED", DESK.act("rita", request, "accept", null));

    runJob();

    assertState("ACCEPTED", DESK.get("rita", request));
  }

  @Test
  void unansweredValidation_remindsOnceThenAccepts() {
    changeLifecycle(json("remindAfterDays", 1)).expect(200);
    long request = awaitingValidation("Waiting for an answer");
    Instant sent = Instant.parse(lastEntry(request).getString("occurredAt"));
    // A week holds a business day whatever the default calendar's working week is.
    JsonObject early = runJobAsOf(sent.plus(Duration.ofHours(1)), request);
    JsonObject reminded = runJobAsOf(sent.plus(Duration.ofDays(7)), request);
    JsonObject again = runJobAsOf(sent.plus(Duration.ofDays(8)), request);

    assertEquals(0, early.getInt("reminded"), early::toString);
    assertEquals(1, reminded.getInt("reminded"), reminded::toString);
    assertEquals(0, again.getInt("reminded"), again::toString);
    assertEquals(0, again.getInt("accepted"), again::toString);
    assertState("AWAITING_VALIDATION", DESK.get("rita", request));
    List<JsonObject> reminders = outbox(request, "VALIDATION_REMINDER");
    assertEquals(1, reminders.size(), reminders::toString);
    assertTrue(reminders.get(0).getString("to").startsWith("rita"), reminders::toString);

    changeLifecycle(json("remindAfterDays", 1, "autoAcceptAfterDays", 1)).expect(200);
    JsonObject accepted = runJobAsOf(sent.plus(Duration.ofDays(9)), request);

    assertEquals(1, accepted.getInt("accepted"), accepted::toString);
    assertState("ACCEPTED", DESK.get("rita", request));
    JsonObject last = lastEntry(request);
    assertEquals("accept", last.getString("action"), last::toString);
    assertTrue(!last.containsKey("actor") || last.isNull("actor"), last::toString);
  }

  @Test
  void validationSettings_rejectDaysOutOfRange() {
    ApiClient.Response zero = changeLifecycle(json("remindAfterDays", 0));
    ApiClient.Response tooMany = changeLifecycle(json("autoAcceptAfterDays", 1000));

    assertEquals(400, zero.status(), zero::toString);
    assertTrue(zero.json().getString("detail").contains("remind-after-days"), zero::toString);
    assertEquals(400, tooMany.status(), tooMany::toString);
    JsonObject unchanged = DESK.as("admin").get("settings/lifecycle").expect(200).json();
    assertFalse(unchanged.containsKey("autoAcceptAfterDays"), unchanged::toString);
  }

  @Test
  void settings_rejectInvalidDurationAndNonAdmins() {
    ApiClient.Response invalid = changeAutoClose("tomorrow");
    ApiClient.Response negative = changeAutoClose("-PT1H");
    ApiClient.Response byAgent =
        DESK.as("agent")
            .send(
                "PUT",
                "settings/lifecycle",
                json("autoCloseAfter", "PT0S").toString(),
                "Content-Type",
                "application/json");
    ApiClient.Response jobByAgent = DESK.as("agent").post("jobs/lifecycle", json());

    assertEquals(400, invalid.status(), invalid::toString);
    assertEquals("EH-SETTING-400", invalid.json().getString("code"));
    assertTrue(invalid.json().getString("detail").contains("tomorrow"), invalid::toString);
    assertEquals(400, negative.status(), negative::toString);
    assertEquals(403, byAgent.status(), byAgent::toString);
    assertEquals(403, jobByAgent.status(), jobByAgent::toString);
    JsonObject unchanged = DESK.as("admin").get("settings/lifecycle").expect(200).json();
    assertTrue(
        !unchanged.containsKey("autoCloseAfter") || unchanged.isNull("autoCloseAfter"),
        unchanged::toString);
  }

  private static ApiClient.Response changeAutoClose(String delay) {
    String body =
        delay == null ? "{\"autoCloseAfter\": null}" : json("autoCloseAfter", delay).toString();
    return DESK.as("admin")
        .send("PUT", "settings/lifecycle", body, "Content-Type", "application/json");
  }

  private static ApiClient.Response changeLifecycle(JsonObject settings) {
    return DESK.as("admin")
        .send("PUT", "settings/lifecycle", settings.toString(), "Content-Type", "application/json");
  }

  private static JsonObject runJobAsOf(Instant at, long request) {
    JsonObject body =
        Json.createObjectBuilder()
            .add("at", at.toString())
            .add("requests", Json.createArrayBuilder().add(request))
            .build();
    return DESK.as("admin").post("jobs/lifecycle", body).expect(200).json();
  }

  private static List<JsonObject> outbox(long request, String kind) {
    return DESK.outbox("EH-" + request).stream()
        .filter(o -> o.getString("kind").equals(kind))
        .toList();
  }

  private static JsonObject runJob() {
    return DESK.as("admin").post("jobs/lifecycle", json()).expect(200).json();
  }

  private static JsonObject lastEntry(long request) {
    JsonArray history = DESK.history("agent", request);
    return history.getJsonObject(history.size() - 1);
  }

  private static long inProgress(String title) {
    long request = id(DESK.file("rita", Helpdesk.unique(title)));
    DESK.act("agent", request, "dispatch", json("technicianId", DESK.idOf("tom")));
    DESK.act("tom", request, "start", null);
    return request;
  }

  private static long awaitingValidation(String title) {
    long request = inProgress(title);
    DESK.act("tom", request, "mark-realized", json("text", "Done"));
    DESK.act("agent", request, "send-for-validation", null);
    return request;
  }
}

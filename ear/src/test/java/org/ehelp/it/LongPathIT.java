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
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The longest path of the lifecycle, over REST, one person at a time. */
@ExtendWith(ArquillianExtension.class)
class LongPathIT {

  private static final Helpdesk DESK = new Helpdesk();

  @ArquillianResource private URL portalUrl;

  private final List<Step> steps = new ArrayList<>();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeEach
  void pointAtPortal() {
    DESK.at(portalUrl);
  }

  @Test
  void longPath_recordsOneHistoryEntryPerAction() {
    long tom = DESK.idOf("tom");
    long rick = DESK.idOf("rick");
    long cora = DESK.idOf("cora");
    long colin = DESK.idOf("colin");
    JsonObject filed = DESK.file("rita", Helpdesk.unique("Printer on fire"), "priority", "P2");
    long request = id(filed);
    assertState("SUBMITTED", filed);
    steps.add(new Step("file", "rita", null, "SUBMITTED"));

    act("agent", request, "dispatch", json("technicianId", tom), "SUBMITTED", "DISPATCHED");
    act("tom", request, "start", null, "DISPATCHED", "IN_PROGRESS");
    act(
        "tom",
        request,
        "ask-approval",
        json("responsibleId", rick, "text", "May I order a new printer?"),
        "IN_PROGRESS",
        "AWAITING_APPROVAL");
    act("rick", request, "approve", json("text", "Yes"), "AWAITING_APPROVAL", "IN_PROGRESS");
    act(
        "tom",
        request,
        "add-task",
        json("contributorId", cora, "text", "Unpack the printer", "dueDate", "2030-01-31"),
        "IN_PROGRESS",
        "IN_PROGRESS");
    JsonObject withTasks =
        act(
            "tom",
            request,
            "add-task",
            json("contributorId", colin, "text", "Install the driver"),
            "IN_PROGRESS",
            "IN_PROGRESS");
    long coraTask = taskOf(withTasks, "cora");
    long colinTask = taskOf(withTasks, "colin");
    act("cora", request, "start-task", json("taskId", coraTask), "IN_PROGRESS", "IN_PROGRESS");
    act(
        "cora",
        request,
        "complete-task",
        json("taskId", coraTask, "text", "Unpacked"),
        "IN_PROGRESS",
        "IN_PROGRESS");
    act("colin", request, "start-task", json("taskId", colinTask), "IN_PROGRESS", "IN_PROGRESS");
    act(
        "colin",
        request,
        "complete-task",
        json("taskId", colinTask, "text", "Driver 4.2 installed"),
        "IN_PROGRESS",
        "IN_PROGRESS");
    act(
        "tom",
        request,
        "put-on-hold",
        json("text", "Waiting for toner", "resumeAt", "2030-01-01T08:00:00Z"),
        "IN_PROGRESS",
        "ON_HOLD");
    act("tom", request, "resume", null, "ON_HOLD", "IN_PROGRESS");
    act("tom", request, "mark-realized", json("text", "Replaced"), "IN_PROGRESS", "REALIZED");
    act(
        "agent",
        request,
        "return-to-technician",
        json("text", "The test page is missing"),
        "REALIZED",
        "IN_PROGRESS");
    act(
        "tom",
        request,
        "mark-realized",
        json("text", "Test page printed"),
        "IN_PROGRESS",
        "REALIZED");
    act("agent", request, "send-for-validation", null, "REALIZED", "AWAITING_VALIDATION");
    act(
        "rita",
        request,
        "refuse",
        json("text", "It prints blank pages"),
        "AWAITING_VALIDATION",
        "REFUSED");
    act(
        "agent",
        request,
        "return-to-technician",
        json("text", "Blank pages"),
        "REFUSED",
        "IN_PROGRESS");
    act(
        "tom",
        request,
        "mark-realized",
        json("text", "Toner seal removed"),
        "IN_PROGRESS",
        "REALIZED");
    act("agent", request, "send-for-validation", null, "REALIZED", "AWAITING_VALIDATION");
    act("rita", request, "accept", null, "AWAITING_VALIDATION", "ACCEPTED");
    JsonObject closed =
        act(
            "agent",
            request,
            "close",
            json("text", "Closed after acceptance"),
            "ACCEPTED",
            "CLOSED");

    assertTrue(closed.getJsonArray("actions").isEmpty(), closed::toString);
    assertFalse(closed.isNull("closedAt"), closed::toString);
    assertHistory(DESK.history("rita", request));
  }

  private JsonObject act(
      String login, long request, String action, JsonObject body, String from, String to) {
    JsonObject before = DESK.get(login, request);
    assertState(from, before);
    assertTrue(
        before.getJsonArray("actions").contains(jsonString(action)) || isTaskAction(action, before),
        () -> login + " is not offered " + action + ": " + before.get("actions"));

    ApiClient.Response response =
        DESK.attempt(login, request, action, body, "If-Match", "\"" + version(before) + "\"")
            .expect(200);
    JsonObject after = response.json();

    assertState(to, after);
    assertEquals("\"" + version(after) + "\"", response.header("ETag"), response::toString);
    assertTrue(version(after) > version(before), () -> "version did not change: " + after);
    steps.add(new Step(action, login, from, to));
    return after;
  }

  private void assertHistory(JsonArray history) {
    assertEquals(steps.size(), history.size(), history::toString);
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      JsonObject entry = history.getJsonObject(i);
      String where = "history entry " + (i + 1) + ": " + entry;

      assertEquals(i + 1, entry.getInt("seq"), where);
      assertEquals(step.action(), entry.getString("action"), where);
      assertEquals(step.actor(), entry.getJsonObject("actor").getString("login"), where);
      assertEquals(step.to(), entry.getString("toState"), where);
      if (step.from() == null) {
        assertFalse(entry.containsKey("fromState") && !entry.isNull("fromState"), where);
      } else {
        assertEquals(step.from(), entry.getString("fromState"), where);
      }
    }
  }

  private static boolean isTaskAction(String action, JsonObject request) {
    return action.endsWith("-task")
        && request.getJsonArray("tasks").stream()
            .anyMatch(t -> t.asJsonObject().getJsonArray("actions").contains(jsonString(action)));
  }

  private static long taskOf(JsonObject request, String contributor) {
    return request.getJsonArray("tasks").stream()
        .map(JsonValue::asJsonObject)
        .filter(t -> t.getJsonObject("contributor").getString("login").equals(contributor))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no task for " + contributor + ": " + request))
        .getJsonNumber("id")
        .longValue();
  }

  private static long version(JsonObject request) {
    return request.getJsonNumber("version").longValue();
  }

  private static JsonValue jsonString(String text) {
    return Json.createValue(text);
  }

  /** One action taken, as the history should record it. */
  private record Step(String action, String actor, String from, String to) {}
}

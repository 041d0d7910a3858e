package org.ehelp.it;

import static org.ehelp.it.ApiClient.json;
import static org.ehelp.it.Helpdesk.id;
import static org.ehelp.it.SlaDesk.instant;
import static org.ehelp.it.SlaDesk.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * SLA clocks, the check pass and its alerts, recomputation after edits, and the SLA in lists. The
 * test domain runs with {@code ehelp.sla.clock=adjustable}, so a test runs the check pass as of a
 * later instant for its own requests instead of waiting for a deadline.
 */
@ExtendWith(ArquillianExtension.class)
class SlaIT {

  private static final Helpdesk DESK = new Helpdesk();
  private static final SlaDesk SLA = new SlaDesk(DESK);

  @ArquillianResource private URL portalUrl;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeEach
  void pointAtPortal() {
    DESK.at(portalUrl);
  }

  private static long file(String title, String category, String priority) {
    return id(
        DESK.file("rita", Helpdesk.unique(title), "categoryCode", category, "priority", priority));
  }

  private static List<JsonObject> alerts(JsonObject sla) {
    return sla.getJsonArray("alerts").stream().map(JsonValue::asJsonObject).toList();
  }

  private static Instant createdAt(long request) {
    return Instant.parse(DESK.get("agent", request).getString("createdAt"));
  }

  @Test
  void checkPass_warnsThenBreachesOnce() {
    long calendar = SLA.aroundTheClock();
    SLA.policy("NETWORK", "P1", calendar, 10, 60);
    DESK.as("admin")
        .put("sla/categories/NETWORK/responsible", json("personId", DESK.idOf("rick")))
        .expect(204);
    long request = file("Router down", "NETWORK", "P1");
    Instant filed = createdAt(request);

    JsonObject started = SLA.sla(request);
    assertEquals("ON_TRACK", started.getJsonObject("mark").getString("level"));
    assertEquals(filed.plus(Duration.ofMinutes(10)), instant(target(started, "RESPONSE"), "dueAt"));
    assertEquals(
        filed.plus(Duration.ofSeconds(450)), instant(target(started, "RESPONSE"), "warnAt"));

    SLA.checkAt(filed.plus(Duration.ofMinutes(8)), request);
    SLA.checkAt(filed.plus(Duration.ofMinutes(9)), request);
    JsonObject warned = SLA.sla(request);

    assertEquals("WARNING", warned.getJsonObject("mark").getString("level"));
    assertEquals(1, alerts(warned).size(), warned::toString);
    JsonObject warning = alerts(warned).get(0);
    assertEquals("RESPONSE", warning.getString("target"));
    assertEquals("WARNING", warning.getString("threshold"));
    List<String> warningRecipients =
        warning.getJsonArray("recipients").getValuesAs(JsonString::getString);
    assertTrue(warningRecipients.contains("Alice Agent"), warningRecipients::toString);
    assertFalse(warningRecipients.contains("Rick Responsible"), warningRecipients::toString);

    SLA.checkAt(filed.plus(Duration.ofMinutes(11)), request);
    SLA.checkAt(filed.plus(Duration.ofMinutes(12)), request);
    JsonObject breached = SLA.sla(request);

    assertEquals("BREACHED", breached.getJsonObject("mark").getString("level"));
    assertEquals(2, alerts(breached).size(), breached::toString);
    JsonObject breach = alerts(breached).get(1);
    assertEquals("BREACH", breach.getString("threshold"));
    assertEquals(filed.plus(Duration.ofMinutes(10)), instant(breach, "reachedAt"));
    List<String> breachRecipients =
        breach.getJsonArray("recipients").getValuesAs(JsonString::getString);
    assertTrue(breachRecipients.contains("Rick Responsible"), breachRecipients::toString);
    assertTrue(breachRecipients.contains("Carla Centre"), breachRecipients::toString);

    Map<String, Long> mailed =
        outbox(request).stream()
            .filter(o -> o.getString("kind").startsWith("SLA_"))
            .collect(Collectors.groupingBy(o -> o.getString("kind"), Collectors.counting()));
    assertEquals(warningRecipients.size(), mailed.get("SLA_WARNING"), mailed::toString);
    assertEquals(breachRecipients.size(), mailed.get("SLA_BREACH"), mailed::toString);
    assertTrue(
        outbox(request).stream()
            .anyMatch(
                o ->
                    o.getString("kind").equals("SLA_BREACH")
                        && o.getString("to").startsWith("rick")),
        () -> outbox(request).toString());
    // The responsible of the category reads the request the breach mail names.
    assertEquals(200, DESK.as("rick").get("requests/" + request).status());
    assertTrue(
        outbox(request).stream()
            .filter(o -> o.getString("kind").equals("SLA_BREACH"))
            .allMatch(o -> o.getString("subject").contains("EH-" + request)),
        () -> outbox(request).toString());
  }

  private static List<JsonObject> outbox(long request) {
    return DESK.outbox("EH-" + request);
  }

  @Test
  void worklists_showTheMarkOfTheRequest() {
    long calendar = SLA.aroundTheClock();
    SLA.policy("HARDWARE", "P1", calendar, 10, 60);
    long request = file("Jammed tray", "HARDWARE", "P1");
    DESK.act("agent", request, "dispatch", json("technicianId", DESK.idOf("tom")));
    DESK.act("tom", request, "start", null);
    DESK.act(
        "tom", request, "add-task", json("contributorId", DESK.idOf("cora"), "text", "Open it"));
    SLA.checkAt(createdAt(request).plus(Duration.ofMinutes(61)), request);

    String tasks = PortalClient.signIn(portalUrl, "cora").get("work/tasks.xhtml").body();
    String given = PortalClient.signIn(portalUrl, "tom").get("work/technician.xhtml").body();

    String reference = "EH-" + request;
    String breached = "ehelp-sla-BREACHED";
    assertTrue(tasks.contains(reference), tasks);
    assertTrue(tasks.indexOf(breached, tasks.indexOf(reference)) > 0, tasks);
    assertTrue(given.indexOf(breached, given.indexOf("tasksGiven")) > 0, given);
  }

  @Test
  void onHold_doesNotBreach() {
    long calendar = SLA.aroundTheClock();
    SLA.policy("NETWORK", "P2", calendar, 10, 60);
    long request = file("Printer queue stuck", "NETWORK", "P2");
    Instant filed = createdAt(request);
    DESK.act("agent", request, "dispatch", json("technicianId", DESK.idOf("tom")));
    DESK.act("tom", request, "start", null);
    DESK.act("tom", request, "put-on-hold", json("text", "Waiting for the supplier"));

    SLA.checkAt(filed.plus(Duration.ofDays(30)), request);
    JsonObject held = SLA.sla(request);

    assertEquals("PAUSED", held.getJsonObject("mark").getString("level"));
    assertTrue(held.getJsonObject("mark").getBoolean("paused"));
    JsonObject resolution = target(held, "RESOLUTION");
    assertEquals("PAUSED", resolution.getString("status"));
    assertTrue(SlaDesk.isAbsent(resolution, "dueAt"), resolution::toString);
    assertTrue(SlaDesk.isAbsent(resolution, "marked"), resolution::toString);
    assertEquals("MET", target(held, "RESPONSE").getString("status"));
    assertTrue(alerts(held).isEmpty(), held::toString);
  }

  @Test
  void resume_restartsTheClockWithoutThePause() {
    long calendar = SLA.aroundTheClock();
    SLA.policy("NETWORK", "P3", calendar, 10, 60);
    long request = file("VPN drops", "NETWORK", "P3");
    DESK.act("agent", request, "take", null);
    DESK.act("agent", request, "put-on-hold", json("text", "Waiting for the user"));

    DESK.act("agent", request, "resume", null);
    JsonObject resumed = SLA.sla(request);

    JsonObject resolution = target(resumed, "RESOLUTION");
    assertEquals("RUNNING", resolution.getString("status"));
    Instant due = instant(resolution, "dueAt");
    Instant filed = createdAt(request);
    assertTrue(due.isAfter(filed.plus(Duration.ofMinutes(60))), resolution::toString);
    assertEquals(1, resolution.getJsonArray("pauses").size(), resolution::toString);
    assertEquals("ON_HOLD", resolution.getJsonArray("pauses").getJsonObject(0).getString("state"));
  }

  @Test
  void calendarChange_recomputesALiveRequest() {
    long calendar = SLA.aroundTheClock();
    SLA.policy("EMAIL", "P1", calendar, 60, 600);
    long request = file("Mailbox full", "EMAIL", "P1");
    Instant filed = createdAt(request);
    assertEquals(
        filed.plus(Duration.ofMinutes(60)), instant(target(SLA.sla(request), "RESPONSE"), "dueAt"));
    JsonObject before = DESK.as("admin").get("sla/calendars/" + calendar).expect(200).json();

    LocalDate today = filed.atZone(ZoneOffset.UTC).toLocalDate();
    JsonObject closedTwoDays =
        json(
            "name",
            before.getString("name"),
            "timeZone",
            "UTC",
            "alwaysOpen",
            true,
            "holidays",
            Json.createArrayBuilder()
                .add(
                    json(
                        "name", "Closed",
                        "first", today.toString(),
                        "last", today.plusDays(1).toString()))
                .build());
    DESK.as("admin")
        .put(
            "sla/calendars/" + calendar,
            closedTwoDays,
            "If-Match",
            "\"" + before.getJsonNumber("version") + "\"")
        .expect(200);
    JsonObject after = SLA.sla(request);

    Instant reopening = today.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
    JsonObject response = target(after, "RESPONSE");
    assertEquals(reopening.plus(Duration.ofMinutes(60)), instant(response, "dueAt"));
    assertEquals(2, response.getJsonArray("holidays").size(), response::toString);
  }

  @Test
  void reclassify_appliesThePolicyOfTheNewPriority() {
    long calendar = SLA.aroundTheClock();
    SLA.policy("EMAIL", "P2", calendar, 30, 300);
    JsonObject slower = SLA.policy("EMAIL", "P3", calendar, 600, 6000);
    long request = file("Calendar sync", "EMAIL", "P2");
    Instant filed = createdAt(request);

    JsonObject changed =
        DESK.act("agent", request, "reclassify", json("priority", "P3", "text", "Not urgent"));
    JsonObject sla = SLA.sla(request);

    assertEquals("P3", changed.getString("priority"));
    assertEquals(slower.getString("name"), sla.getString("policy"));
    assertEquals(filed.plus(Duration.ofMinutes(600)), instant(target(sla, "RESPONSE"), "dueAt"));
    assertEquals(
        400,
        DESK.attempt("agent", request, "reclassify", json("priority", "P3")).status(),
        "a reclassification that changes nothing is rejected");
  }

  @Test
  void list_filtersAndSortsBySla() {
    long calendar = SLA.aroundTheClock();
    SLA.policy("EMAIL", "P4", calendar, 60, 600);
    SLA.policy("PRINTING", "P4", calendar, 600, 6000);
    String tag = Helpdesk.unique("Sla list");
    long soon = id(DESK.file("rita", tag + " soon", "categoryCode", "EMAIL", "priority", "P4"));
    long later =
        id(DESK.file("rita", tag + " later", "categoryCode", "PRINTING", "priority", "P4"));
    SLA.checkAt(createdAt(soon).plus(Duration.ofMinutes(50)), soon, later);
    String query = "requests?q=" + tag.replace(" ", "%20");

    JsonObject newest = DESK.as("agent").get(query).expect(200).json();
    JsonObject byDue = DESK.as("agent").get(query + "&sort=due&limit=1").expect(200).json();
    JsonObject nextPage =
        DESK.as("agent")
            .get(query + "&sort=due&limit=1&cursor=" + byDue.getString("next"))
            .expect(200)
            .json();
    JsonObject warned = DESK.as("agent").get(query + "&sla=warning").expect(200).json();

    assertEquals(List.of(later, soon), ids(newest.getJsonArray("items")));
    assertEquals(List.of(soon), ids(byDue.getJsonArray("items")));
    assertEquals(List.of(later), ids(nextPage.getJsonArray("items")));
    assertEquals(List.of(soon), ids(warned.getJsonArray("items")));
    assertEquals(
        "WARNING",
        warned.getJsonArray("items").getJsonObject(0).getJsonObject("sla").getString("level"));
    assertEquals(400, DESK.as("agent").get(query + "&sla=late").status());
  }

  @Test
  void holidays_importFromICalendar() {
    long calendar = SLA.aroundTheClock();
    String ics =
        String.join(
            "\r\n",
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "BEGIN:VEVENT",
            "DTSTART;VALUE=DATE:20200714",
            "RRULE:FREQ=YEARLY",
            "SUMMARY:Fête nationale",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "DTSTART;VALUE=DATE:20271126",
            "RRULE:FREQ=YEARLY;BYDAY=4TH",
            "SUMMARY:Unsupported",
            "END:VEVENT",
            "END:VCALENDAR",
            "");

    JsonObject imported =
        DESK.as("admin")
            .send(
                "POST",
                "sla/calendars/" + calendar + "/holidays",
                ics,
                "Content-Type",
                "text/calendar; charset=UTF-8")
            .expect(200)
            .json();

    assertEquals(1, imported.getInt("added"));
    assertEquals(1, imported.getJsonArray("skipped").size());
    JsonObject holiday =
        imported.getJsonObject("calendar").getJsonArray("holidays").getJsonObject(0);
    assertEquals("Fête nationale", holiday.getString("name"));
    assertTrue(holiday.getBoolean("yearly"));
  }

  @Test
  void administration_isForAdminsOnly() {
    assertEquals(403, DESK.as("agent").get("sla/policies").status());
    assertEquals(403, DESK.as("tom").get("sla/calendars").status());
    assertEquals(403, DESK.as("rita").get("sla/report").status());
    assertEquals(403, DESK.as("agent").post("sla/check", json()).status());
  }

  @Test
  void report_exportsCsv() {
    ApiClient.Response csv = DESK.as("admin").get("sla/report.csv", "Accept", "text/csv");

    csv.expect(200);
    assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
    assertTrue(csv.header("Content-Disposition").startsWith("attachment"), csv::toString);
    String firstLine = csv.body().lines().findFirst().orElse("");
    assertTrue(firstLine.startsWith("Group,Key,Name,Requests"), firstLine);
    assertTrue(csv.body().lines().anyMatch(l -> l.startsWith("All requests,")), csv::body);
  }

  @Test
  void requesterSeesTheMarkButNotTheAlerts() {
    long request = file("Keyboard broken", "HARDWARE", "P4");

    JsonObject sla = DESK.as("rita").get("requests/" + request + "/sla").expect(200).json();

    assertEquals("ON_TRACK", sla.getJsonObject("mark").getString("level"));
    assertTrue(sla.getJsonArray("alerts").isEmpty());
    assertEquals(404, DESK.as("ralph").get("requests/" + request + "/sla").status());
  }

  private static List<Long> ids(JsonArray items) {
    return items.stream().map(i -> i.asJsonObject().getJsonNumber("id").longValue()).toList();
  }
}

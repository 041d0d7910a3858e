package org.ehelp.it;

import static org.ehelp.it.ApiClient.json;
import static org.ehelp.it.Helpdesk.assertState;
import static org.ehelp.it.Helpdesk.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every other path of the lifecycle, and the actions it rejects, over REST. */
@ExtendWith(ArquillianExtension.class)
class LifecycleIT {

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

  @Test
  void reject_endsTheRequest() {
    long request = id(DESK.file("rita", Helpdesk.unique("Reject me")));

    JsonObject rejected = DESK.act("agent", request, "reject", json("text", "Not our job"));

    assertState("REJECTED", rejected);
    assertTrue(rejected.getJsonArray("actions").isEmpty(), rejected::toString);
  }

  @Test
  void take_makesTheAgentTheTechnician() {
    long request = id(DESK.file("rita", Helpdesk.unique("Take me")));

    JsonObject taken = DESK.act("agent", request, "take", null);

    assertState("IN_PROGRESS", taken);
    assertEquals("agent", taken.getJsonObject("technician").getString("login"));
  }

  @Test
  void handBack_returnsToTheCallCenter() {
    long request = dispatched("Hand back");

    JsonObject handedBack = DESK.act("tom", request, "hand-back", json("text", "Not mine"));

    assertState("SUBMITTED", handedBack);
    assertFalse(handedBack.containsKey("technician"), handedBack::toString);
  }

  @Test
  void withdraw_closesTheRequest() {
    long request = dispatched("Withdraw");

    JsonObject withdrawn = DESK.act("rita", request, "withdraw", json("text", "Fixed it myself"));

    assertState("CLOSED", withdrawn);
  }

  @Test
  void filer_withdrawsButDoesNotValidate() {
    long forRalph =
        id(DESK.file("rita", Helpdesk.unique("For Ralph"), "requesterId", DESK.idOf("ralph")));
    long toWithdraw =
        id(DESK.file("rita", Helpdesk.unique("Filed twice"), "requesterId", DESK.idOf("ralph")));
    DESK.act("agent", forRalph, "dispatch", json("technicianId", DESK.idOf("tom")));
    DESK.act("tom", forRalph, "start", null);
    DESK.act("tom", forRalph, "mark-realized", json("text", "Done"));
    DESK.act("agent", forRalph, "send-for-validation", null);

    ApiClient.Response byFiler = DESK.attempt("rita", forRalph, "accept", null);
    JsonObject withdrawn = DESK.act("rita", toWithdraw, "withdraw", json("text", "A duplicate"));

    assertProblem(403, "EH-ACTION-403", byFiler);
    assertState("AWAITING_VALIDATION", DESK.get("ralph", forRalph));
    assertState("CLOSED", withdrawn);
    assertState("ACCEPTED", DESK.act("ralph", forRalph, "accept", null));
  }

  @Test
  void staleAction_namesTheAction() {
    long request = id(DESK.file("rita", Helpdesk.unique("Stale action")));
    String seen = DESK.as("agent").get("requests/" + request).expect(200).header("ETag");
    DESK.as("rita")
        .post("requests/" + request + "/comments", json("body", "Still broken"))
        .expect(201);

    ApiClient.Response response = DESK.attempt("agent", request, "take", null, "If-Match", seen);

    String detail = response.json().getString("detail");
    assertTrue(detail.contains("EH-" + request), detail);
    assertTrue(detail.contains("take"), detail);
  }

  @Test
  void refuseApproval_returnsToProgress() {
    long request = inProgress("Refuse approval");
    long rick = DESK.idOf("rick");
    DESK.as("tom")
        .post(
            "requests/" + request + "/approvals",
            json("responsibleId", rick, "text", "A new laptop?"))
        .expect(200);

    JsonObject refused =
        DESK.as("rick")
            .post("requests/" + request + "/approvals/current/refuse", json("text", "No budget"))
            .expect(200)
            .json();

    assertState("IN_PROGRESS", refused);
    JsonObject approval = refused.getJsonArray("approvals").getJsonObject(0);
    assertEquals("REFUSED", approval.getString("decision"));
    assertEquals("No budget", approval.getString("answer"));
  }

  @Test
  void refused_goesBackForValidation_onlyWithACorrection() {
    long request = refusedByRequester("Refused then corrected");

    ApiClient.Response withoutCorrection =
        DESK.attempt("agent", request, "send-for-validation", null);
    JsonObject sent =
        DESK.act("agent", request, "send-for-validation", json("text", "Reinstalled the driver"));

    assertProblem(400, "EH-ACTION-400", withoutCorrection);
    assertState("AWAITING_VALIDATION", sent);
  }

  @Test
  void refused_canBeClosed() {
    long request = refusedByRequester("Refused then closed");

    JsonObject closed = DESK.act("agent", request, "close", json("text", "Replaced by a new one"));

    assertState("CLOSED", closed);
  }

  @Test
  void realized_canBeClosed() {
    long request = realized("Realized then closed");

    JsonObject closed = DESK.act("agent", request, "close", json("text", "Confirmed by phone"));

    assertState("CLOSED", closed);
  }

  @Test
  void wrongRole_gets403NamingRequestAndAction() {
    JsonObject filed = DESK.file("rita", Helpdesk.unique("Wrong role"));

    ApiClient.Response response =
        DESK.attempt("rita", id(filed), "dispatch", json("technicianId", DESK.idOf("tom")));

    assertProblem(403, "EH-ACTION-403", response);
    String detail = response.json().getString("detail");
    assertTrue(detail.contains(filed.getString("number")), detail);
    assertTrue(detail.contains("dispatch"), detail);
  }

  @Test
  void wrongState_gets409() {
    long request = id(DESK.file("rita", Helpdesk.unique("Wrong state")));

    ApiClient.Response response = DESK.attempt("agent", request, "send-for-validation", null);

    assertProblem(409, "EH-ACTION-409", response);
  }

  @Test
  void missingReason_gets400() {
    long request = id(DESK.file("rita", Helpdesk.unique("Missing reason")));

    ApiClient.Response response = DESK.attempt("agent", request, "reject", null);

    assertProblem(400, "EH-ACTION-400", response);
  }

  @Test
  void markRealized_withOpenTask_gets409() {
    long request = inProgress("Open task");
    DESK.as("tom")
        .post(
            "requests/" + request + "/tasks",
            json("contributorId", DESK.idOf("cora"), "text", "Order the part"))
        .expect(200);

    ApiClient.Response response =
        DESK.attempt("tom", request, "mark-realized", json("text", "Done"));

    assertProblem(409, "EH-ACTION-409", response);
    assertState("IN_PROGRESS", DESK.get("tom", request));
  }

  @Test
  void staleIfMatch_gets412() {
    long request = id(DESK.file("rita", Helpdesk.unique("Stale")));
    String seen = DESK.as("agent").get("requests/" + request).expect(200).header("ETag");
    DESK.as("rita")
        .post("requests/" + request + "/comments", json("body", "Any news?"))
        .expect(201);

    ApiClient.Response response = DESK.attempt("agent", request, "take", null, "If-Match", seen);

    assertProblem(412, "EH-VERSION-412", response);
    assertState("SUBMITTED", DESK.get("agent", request));
  }

  @Test
  void otherRequestersRequest_is404Everywhere() {
    long request = id(DESK.file("ralph", Helpdesk.unique("Not for rita")));
    ApiClient rita = DESK.as("rita");

    assertProblem(404, "EH-REQUEST-404", rita.get("requests/" + request));
    assertProblem(404, "EH-REQUEST-404", rita.get("requests/" + request + "/history"));
    assertProblem(404, "EH-REQUEST-404", rita.get("requests/" + request + "/comments"));
    assertProblem(
        404,
        "EH-REQUEST-404",
        rita.post("requests/" + request + "/comments", json("body", "Hello")));
    assertProblem(
        404, "EH-REQUEST-404", DESK.attempt("rita", request, "withdraw", json("text", "Mine")));
    assertProblem(404, "EH-REQUEST-404", DESK.attempt("tom", request, "start", null));
  }

  @Test
  void internalComments_areHiddenFromRequesters() {
    long request = dispatched("Internal note");
    DESK.as("agent")
        .post(
            "requests/" + request + "/comments",
            json("body", "Caller sounds upset", "internal", true))
        .expect(201);
    DESK.as("agent")
        .post("requests/" + request + "/comments", json("body", "We are on it"))
        .expect(201);

    JsonArray forRita =
        DESK.as("rita").get("requests/" + request + "/comments").expect(200).array();
    JsonArray forTom = DESK.as("tom").get("requests/" + request + "/comments").expect(200).array();
    ApiClient.Response ritaInternal =
        DESK.as("rita")
            .post("requests/" + request + "/comments", json("body", "Psst", "internal", true));

    assertEquals(1, forRita.size(), forRita::toString);
    assertEquals("We are on it", forRita.getJsonObject(0).getString("body"));
    assertEquals(2, forTom.size(), forTom::toString);
    assertProblem(400, "EH-COMMENT-400", ritaInternal);
  }

  @Test
  void taskShortcuts_takeTheTaskActions() {
    long request = inProgress("Task shortcuts");
    JsonObject withTask =
        DESK.as("tom")
            .post(
                "requests/" + request + "/tasks",
                json("contributorId", DESK.idOf("colin"), "text", "Swap the disk"))
            .expect(200)
            .json();
    long task = withTask.getJsonArray("tasks").getJsonObject(0).getJsonNumber("id").longValue();
    String tasks = "requests/" + request + "/tasks/" + task;

    DESK.as("colin").post(tasks + "/start", null).expect(200);
    JsonObject completed =
        DESK.as("colin").post(tasks + "/complete", json("text", "Swapped")).expect(200).json();
    ApiClient.Response cancelDone = DESK.as("tom").post(tasks + "/cancel", json("text", "Late"));

    assertEquals("DONE", completed.getJsonArray("tasks").getJsonObject(0).getString("state"));
    assertProblem(409, "EH-ACTION-409", cancelDone);
  }

  @Test
  void actionWithoutBody_isAccepted() {
    long request = dispatched("No body");

    ApiClient.Response started =
        DESK.as("tom").send("POST", "requests/" + request + "/actions/start", null);

    assertEquals(200, started.status(), started::toString);
    assertState("IN_PROGRESS", started.json());
  }

  @Test
  void badInput_gets400NamingTheField() {
    ApiClient rita = DESK.as("rita");
    long request = id(DESK.file("rita", Helpdesk.unique("Bad input")));

    ApiClient.Response unknownAction = DESK.attempt("rita", request, "fly-away", null);
    ApiClient.Response noTitle = rita.post("requests", json("description", "No title"));
    ApiClient.Response badPriority =
        rita.post("requests", json("title", "T", "description", "D", "priority", "P9"));
    ApiClient.Response malformed =
        rita.send("POST", "requests", "{\"title\": ", "Content-Type", "application/json");
    ApiClient.Response badState = rita.get("requests?state=OPEN");
    ApiClient.Response badLimit = rita.get("requests?limit=500");
    ApiClient.Response noSuchPath = rita.get("nothing-here");

    assertProblem(400, "EH-ACTION-400", unknownAction);
    assertTrue(unknownAction.json().getString("detail").contains("fly-away"), unknownAction::body);
    assertProblem(400, "EH-INPUT-400", noTitle);
    assertTrue(noTitle.json().getString("detail").contains("title"), noTitle::body);
    assertProblem(400, "EH-INPUT-400", badPriority);
    assertTrue(badPriority.json().getString("detail").contains("priority"), badPriority::body);
    assertProblem(400, "EH-INPUT-400", malformed);
    assertProblem(400, "EH-INPUT-400", badState);
    assertTrue(badState.json().getString("detail").contains("state"), badState::body);
    assertProblem(400, "EH-LIST-400", badLimit);
    assertProblem(404, "EH-HTTP-404", noSuchPath);
  }

  @Test
  void get_returnsETag_andHonoursIfNoneMatch() {
    long request = id(DESK.file("rita", Helpdesk.unique("ETag")));
    ApiClient.Response first = DESK.as("rita").get("requests/" + request).expect(200);
    String etag = first.header("ETag");

    ApiClient.Response again = DESK.as("rita").get("requests/" + request, "If-None-Match", etag);

    assertEquals("\"" + first.json().getJsonNumber("version") + "\"", etag);
    assertEquals(304, again.status(), again::toString);
  }

  private static void assertProblem(int status, String code, ApiClient.Response response) {
    assertEquals(status, response.status(), response::toString);
    assertTrue(response.contentType().startsWith("application/problem+json"), response::toString);
    JsonObject problem = response.json();
    assertEquals(status, problem.getInt("status"), response::toString);
    assertEquals(code, problem.getString("code"), response::toString);
    assertTrue(problem.getString("detail").startsWith(code + ": "), response::toString);
  }

  private static long dispatched(String title) {
    long request = id(DESK.file("rita", Helpdesk.unique(title)));
    DESK.act("agent", request, "dispatch", json("technicianId", DESK.idOf("tom")));
    return request;
  }

  private static long inProgress(String title) {
    long request = dispatched(title);
    DESK.act("tom", request, "start", null);
    return request;
  }

  private static long realized(String title) {
    long request = inProgress(title);
    DESK.act("tom", request, "mark-realized", json("text", "Done"));
    return request;
  }

  private static long refusedByRequester(String title) {
    long request = realized(title);
    DESK.act("agent", request, "send-for-validation", null);
    JsonValue refused = DESK.act("rita", request, "refuse", json("text", "Still broken"));
    assertState("REFUSED", refused.asJsonObject());
    return request;
  }
}

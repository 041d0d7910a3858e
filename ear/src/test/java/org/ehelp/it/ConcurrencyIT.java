package org.ehelp.it;

import static org.ehelp.it.ApiClient.json;
import static org.ehelp.it.Helpdesk.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Actions racing on one request: one wins, the others get 409 or 412, and no history is lost. */
@ExtendWith(ArquillianExtension.class)
class ConcurrencyIT {

  private static final int THREADS = 8;
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
  void sameActionSameVersion_oneWins() throws Exception {
    long request = dispatched("Same action race");
    String etag = DESK.as("tom").get("requests/" + request).expect(200).header("ETag");

    List<ApiClient.Response> responses =
        Race.run(THREADS, i -> DESK.attempt("tom", request, "start", null, "If-Match", etag));

    assertEquals(1, successes(responses), responses::toString);
    assertOnlyRejectedAsStaleOrConflict(responses);
    assertHistoryWithoutGap(request, 3);
  }

  @Test
  void differentActionsSameVersion_oneWins() throws Exception {
    long request = inProgress("Different actions race");
    long rick = DESK.idOf("rick");
    long cora = DESK.idOf("cora");
    String etag = DESK.as("tom").get("requests/" + request).expect(200).header("ETag");
    List<Call> calls =
        List.of(
            new Call("tom", "put-on-hold", json("text", "Waiting")),
            new Call("tom", "mark-realized", json("text", "Done")),
            new Call("agent", "reject", json("text", "Wrong state anyway")),
            new Call("tom", "ask-approval", json("responsibleId", rick, "text", "OK?")),
            new Call("tom", "add-task", json("contributorId", cora, "text", "Help")),
            new Call("agent", "return-to-technician", json("text", "Wrong state anyway")),
            new Call("tom", "mark-realized", json("text", "Done twice")),
            new Call("tom", "put-on-hold", json("text", "Waiting twice")));

    List<ApiClient.Response> responses =
        Race.run(
            calls.size(),
            i -> {
              Call call = calls.get(i);
              return DESK.attempt(
                  call.login(), request, call.action(), call.body(), "If-Match", etag);
            });

    assertEquals(1, successes(responses), responses::toString);
    assertOnlyRejectedAsStaleOrConflict(responses);
    assertHistoryWithoutGap(request, 4);
  }

  @Test
  void actionsWithoutVersion_neverLoseHistory() throws Exception {
    long request = inProgress("Unversioned race");
    long cora = DESK.idOf("cora");

    List<ApiClient.Response> responses =
        Race.run(
            THREADS,
            i ->
                DESK.attempt(
                    "tom", request, "add-task", json("contributorId", cora, "text", "Task " + i)));

    long won = successes(responses);
    assertTrue(won >= 1, responses::toString);
    assertOnlyRejectedAsStaleOrConflict(responses);
    JsonObject after = DESK.get("tom", request);
    assertEquals(won, after.getJsonArray("tasks").size(), after::toString);
    assertHistoryWithoutGap(request, 3 + (int) won);
  }

  private static long successes(List<ApiClient.Response> responses) {
    return responses.stream().filter(r -> r.status() / 100 == 2).count();
  }

  private static void assertOnlyRejectedAsStaleOrConflict(List<ApiClient.Response> responses) {
    for (ApiClient.Response response : responses) {
      assertTrue(
          response.status() / 100 == 2 || Set.of(409, 412).contains(response.status()),
          response::toString);
    }
  }

  private static void assertHistoryWithoutGap(long request, int expectedEntries) {
    JsonArray history = DESK.history("agent", request);

    assertEquals(expectedEntries, history.size(), history::toString);
    for (int i = 0; i < history.size(); i++) {
      assertEquals(i + 1, history.getJsonObject(i).getInt("seq"), history::toString);
    }
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

  private record Call(String login, String action, JsonObject body) {}
}

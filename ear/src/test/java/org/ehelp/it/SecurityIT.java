package org.ehelp.it;

import static org.ehelp.it.ApiClient.json;
import static org.ehelp.it.Helpdesk.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class SecurityIT {

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
  void anonymousCall_gets401Problem() {
    ApiClient.Response response = ApiClient.anonymous(portalUrl).get("requests");

    assertEquals(401, response.status(), response::toString);
    assertTrue(
        response.headers().allValues("WWW-Authenticate").contains("Basic realm=\"eHelp\""),
        () -> "challenges: " + response.headers().allValues("WWW-Authenticate"));
    assertTrue(response.contentType().startsWith("application/problem+json"), response::toString);
    JsonObject problem = response.json();
    assertEquals(401, problem.getInt("status"));
    assertEquals("EH-AUTH-401", problem.getString("code"));
    assertEquals("Unauthorized", problem.getString("title"));
    assertTrue(problem.getString("type").startsWith("urn:ehelp:problem:"), problem::toString);
    assertTrue(problem.getString("detail").startsWith("EH-AUTH-401: "), problem::toString);
    assertTrue(problem.getString("instance").endsWith("/api/v1/requests"), problem::toString);
  }

  @Test
  void anonymousCall_detailInFrench() {
    ApiClient.Response response =
        ApiClient.anonymous(portalUrl).get("me", "Accept-Language", "fr-FR, en;q=0.5");

    assertEquals(401, response.status(), response::toString);
    assertTrue(response.json().getString("detail").contains("Connectez-vous"), response::toString);
  }

  @Test
  void statusAndOpenApi_arePublic() {
    ApiClient anonymous = ApiClient.anonymous(portalUrl);

    anonymous.get("status").expect(200);
    ApiClient.Response openApi = anonymous.get("/../openapi");

    assertEquals(200, openApi.status(), openApi::toString);
    assertTrue(openApi.body().contains("/api/v1/requests/{id}/actions/{action}"), openApi::body);
  }

  @Test
  void basicAuthentication_worksAndKeepsNoSession() {
    ApiClient.Response me = ApiClient.basic(portalUrl, "rita", "rita").get("me").expect(200);

    assertEquals("rita", me.json().getString("login"));
    assertNull(me.header("Set-Cookie"), () -> "API call opened a session: " + me.headers());
  }

  @Test
  void wrongPassword_gets401() {
    ApiClient.Response response = ApiClient.basic(portalUrl, "rita", "wrong").get("me");

    assertEquals(401, response.status(), response::toString);
    assertEquals("EH-AUTH-401", response.json().getString("code"));
  }

  @Test
  void unknownOrMalformedToken_gets401() {
    ApiClient unknown = ApiClient.bearer(portalUrl, "eh_not-a-token-anyone-was-issued");
    ApiClient malformed = ApiClient.anonymous(portalUrl).withAuthorization("Digest user=rita");

    ApiClient.Response unknownResponse = unknown.get("me");
    ApiClient.Response malformedResponse = malformed.get("me");

    assertEquals(401, unknownResponse.status(), unknownResponse::toString);
    assertEquals(401, malformedResponse.status(), malformedResponse::toString);
  }

  @Test
  void token_worksUntilRevoked() {
    JsonObject issued =
        ApiClient.basic(portalUrl, "ralph", "ralph")
            .post("me/tokens", json("name", "revocation test"))
            .expect(201)
            .json();
    ApiClient token = ApiClient.bearer(portalUrl, issued.getString("secret"));

    assertEquals("ralph", token.get("me").expect(200).json().getString("login"));
    token.delete("me/tokens/" + issued.getJsonNumber("id").longValue()).expect(204);
    ApiClient.Response afterRevocation = token.get("me");

    assertEquals(401, afterRevocation.status(), afterRevocation::toString);
  }

  @Test
  void portalPage_redirectsToLogin_butApiNever() {
    ApiClient anonymous = ApiClient.anonymous(portalUrl);

    ApiClient.Response page = anonymous.get("/index.xhtml");
    ApiClient.Response api = anonymous.get("requests/1");

    assertEquals(302, page.status(), page::toString);
    assertTrue(page.header("Location").endsWith("/login.xhtml"), page::toString);
    assertEquals(401, api.status(), api::toString);
  }

  @Test
  void lists_showOnlyReadableRequests() {
    String tag = Helpdesk.unique("Visibility");
    long rita = DESK.idOf("rita");
    long ralph = DESK.idOf("ralph");
    long tom = DESK.idOf("tom");
    long rick = DESK.idOf("rick");
    long cora = DESK.idOf("cora");
    JsonObject own = DESK.file("rita", tag + " own");
    JsonObject filedForRita = DESK.file("agent", tag + " for rita", "requesterId", rita);
    JsonObject filedByRita = DESK.file("rita", tag + " for ralph", "requesterId", ralph);
    JsonObject ralphs = DESK.file("ralph", tag + " ralph");
    long worked = id(own);
    DESK.act("agent", worked, "dispatch", json("technicianId", tom));
    DESK.act("tom", worked, "start", null);
    DESK.act("tom", worked, "add-task", json("contributorId", cora, "text", "Check the cable"));
    DESK.act("tom", worked, "ask-approval", json("responsibleId", rick, "text", "Buy one?"));

    assertEquals(
        numbers(own, filedForRita, filedByRita), DESK.listedNumbers("rita", tag), "rita's list");
    assertEquals(numbers(filedByRita, ralphs), DESK.listedNumbers("ralph", tag), "ralph's list");
    assertEquals(numbers(own), DESK.listedNumbers("tom", tag), "tom's list");
    assertEquals(List.of(), DESK.listedNumbers("tina", tag), "tina's list");
    assertEquals(numbers(own), DESK.listedNumbers("rick", tag), "rick's list");
    assertEquals(numbers(own), DESK.listedNumbers("cora", tag), "cora's list");
    assertEquals(List.of(), DESK.listedNumbers("colin", tag), "colin's list");
    assertEquals(
        numbers(own, filedForRita, filedByRita, ralphs),
        DESK.listedNumbers("agent", tag),
        "agent's list");
  }

  @Test
  void categoryResponsible_readsTheCategoryWhileAssigned() {
    String tag = Helpdesk.unique("Purchases");
    JsonObject purchase = DESK.file("ruben", tag + " chair", "categoryCode", "PURCHASE");
    JsonObject other = DESK.file("ruben", tag + " mouse", "categoryCode", "HARDWARE");
    String path = "requests/" + id(purchase);

    int before = DESK.as("colin").get(path).status();
    assignPurchasesTo(DESK.idOf("colin"));
    int during;
    List<String> listed;
    try {
      during = DESK.as("colin").get(path).status();
      listed = DESK.listedNumbers("colin", tag);
    } finally {
      assignPurchasesTo(null);
    }
    int after = DESK.as("colin").get(path).status();

    assertEquals(404, before);
    assertEquals(200, during);
    assertEquals(numbers(purchase), listed, () -> "colin's list, not " + other);
    assertEquals(404, after);
  }

  private static void assignPurchasesTo(Long personId) {
    String body = personId == null ? "{\"personId\": null}" : json("personId", personId).toString();
    DESK.as("admin")
        .send(
            "PUT", "sla/categories/PURCHASE/responsible", body, "Content-Type", "application/json")
        .expect(204);
  }

  @Test
  void listTotal_andPagesFollowTheCursor() {
    String tag = Helpdesk.unique("Paging");
    for (int i = 0; i < 3; i++) {
      DESK.file("rosa", tag + " " + i);
    }

    ApiClient.Response first =
        DESK.as("rosa").get("requests?limit=2&q=" + tag.replace(" ", "%20")).expect(200);
    JsonObject firstPage = first.json();
    String link = first.header("Link");
    ApiClient.Response second =
        DESK.as("rosa")
            .get(
                "requests?limit=2&q="
                    + tag.replace(" ", "%20")
                    + "&cursor="
                    + firstPage.getString("next"))
            .expect(200);

    assertEquals(3, firstPage.getInt("total"));
    assertEquals(2, firstPage.getJsonArray("items").size());
    assertNotNull(link, () -> "no Link header: " + first.headers());
    assertTrue(link.contains("rel=\"next\""), link);
    assertEquals(1, second.json().getJsonArray("items").size());
    assertTrue(!second.json().containsKey("next") || second.json().isNull("next"), second::body);
    assertNull(second.header("Link"), second::toString);
  }

  private static List<String> numbers(JsonObject... requests) {
    return Stream.of(requests).map(r -> r.getString("number")).sorted().toList();
  }
}

package org.ehelp.it;

import static org.ehelp.it.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo people of the test domain acting over the REST API. Each person gets one API token per
 * test class, on first use, so that the slow Basic authentication runs once per person.
 */
final class Helpdesk {

  private final Map<String, ApiClient> clients = new ConcurrentHashMap<>();
  private final Map<String, Long> ids = new ConcurrentHashMap<>();
  private volatile URL portal;

  /** Points the helpdesk at the deployed portal; call it before each test. */
  Helpdesk at(URL portalUrl) {
    this.portal = portalUrl;
    return this;
  }

  URL portal() {
    return portal;
  }

  /** Returns the API client of a demo person, authenticated with their own API token. */
  ApiClient as(String login) {
    return clients.computeIfAbsent(login, l -> ApiClient.withToken(portal, l));
  }

  /** Returns the person id of a demo login. */
  long idOf(String login) {
    return ids.computeIfAbsent(
        login,
        l -> {
          JsonArray people = as("agent").get("people?q=" + l).expect(200).array();
          return people.stream()
              .map(JsonValue::asJsonObject)
              .filter(p -> p.getString("login").equals(l))
              .findFirst()
              .orElseThrow(() -> new AssertionError("No person with login " + l + ": " + people))
              .getJsonNumber("id")
              .longValue();
        });
  }

  /** Returns a title no other test uses, so that tests can find their own requests. */
  static String unique(String title) {
    return title + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Files a request as {@code login} and returns it; {@code extra} adds body members. */
  JsonObject file(String login, String title, Object... extra) {
    Object[] pairs = new Object[4 + extra.length];
    pairs[0] = "title";
    pairs[1] = title;
    pairs[2] = "description";
    pairs[3] = "Filed by the integration tests: " + title;
    System.arraycopy(extra, 0, pairs, 4, extra.length);
    return as(login).post("requests", json(pairs)).expect(201).json();
  }

  /** Takes an action as {@code login}, expecting success, and returns the request after it. */
  JsonObject act(String login, long requestId, String action, JsonObject body) {
    return attempt(login, requestId, action, body).expect(200).json();
  }

  /** Takes an action as {@code login} and returns the response, whatever its status. */
  ApiClient.Response attempt(
      String login, long requestId, String action, JsonObject body, String... headers) {
    return as(login)
        .post(
            "requests/" + requestId + "/actions/" + action, body == null ? json() : body, headers);
  }

  JsonArray history(String login, long requestId) {
    return as(login).get("requests/" + requestId + "/history").expect(200).array();
  }

  /** Returns the outbox rows of a request, such as {@code EH-1042}, as an admin reads them. */
  List<JsonObject> outbox(String reference) {
    return as("admin")
        .get("mail/outbox?request=" + reference + "&limit=200")
        .expect(200)
        .json()
        .getJsonArray("items")
        .stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }

  JsonObject get(String login, long requestId) {
    return as(login).get("requests/" + requestId).expect(200).json();
  }

  /** Returns the numbers of the requests {@code login} lists when searching for {@code text}. */
  List<String> listedNumbers(String login, String text) {
    JsonObject page =
        as(login).get("requests?limit=200&q=" + text.replace(" ", "%20")).expect(200).json();
    return page.getJsonArray("items").stream()
        .map(item -> item.asJsonObject().getString("number"))
        .sorted()
        .toList();
  }

  static long id(JsonObject request) {
    return request.getJsonNumber("id").longValue();
  }

  static void assertState(String expected, JsonObject request) {
    assertEquals(expected, request.getString("state"), () -> "state of " + request);
  }
}

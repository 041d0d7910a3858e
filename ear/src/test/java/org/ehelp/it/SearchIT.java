package org.ehelp.it;

import static org.ehelp.it.ApiClient.json;
import static org.ehelp.it.Helpdesk.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class SearchIT {

  private static final Helpdesk DESK = new Helpdesk();
  private static final Duration DEADLINE = Duration.ofSeconds(20);

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
  void newRequestAndComment_becomeSearchable() {
    String word = word();
    long request = id(DESK.file("rita", "Scanner jammed " + word));

    JsonObject found = awaitSearch("rita", word, r -> ids(r).contains(Long.toString(request)));
    String comment = word();
    DESK.as("agent")
        .post("requests/" + request + "/comments", json("body", "Replaced roller " + comment))
        .expect(201);

    assertEquals(1, found.getInt("total"));
    awaitSearch("rita", comment, r -> ids(r).contains(Long.toString(request)));
  }

  @Test
  void majorEventsAndGuideSections_areFoundByEveryone() {
    String word = word();
    JsonObject event =
        DESK.as("agent")
            .post(
                "major-events",
                json(
                    "kind",
                    "INCIDENT",
                    "title",
                    "Printers offline " + word,
                    "description",
                    "Every printer of the second floor",
                    "startsAt",
                    Instant.now().toString()))
            .expect(201)
            .json();
    String eventId = event.getJsonNumber("id").toString();

    JsonObject forRalph = awaitSearch("ralph", word, r -> ids(r).contains(eventId));
    JsonObject guide = search("ralph", "\"Filing a request\"");

    assertEquals("EVENT", forRalph.getJsonArray("hits").getJsonObject(0).getString("type"));
    assertTrue(ids(guide).contains("requester/en/new-request"), guide::toString);
  }

  @Test
  void search_filtersByReader() {
    String word = word();
    long ritas = id(DESK.file("rita", "Monitor flickers " + word));
    long ralphs = id(DESK.file("ralph", "Monitor flickers too " + word));
    awaitSearch("agent", word, r -> r.getInt("total") == 2);

    JsonObject forRita = search("rita", word);
    JsonObject forRalph = search("ralph", word);
    JsonObject forTina = search("tina", word);

    assertEquals(List.of(Long.toString(ritas)), ids(forRita));
    assertEquals(1, forRita.getInt("total"));
    assertEquals(1, facetTotal(forRita, "state"));
    assertEquals(1, facetTotal(forRita, "type"));
    assertEquals(List.of(Long.toString(ralphs)), ids(forRalph));
    assertEquals(0, forTina.getInt("total"));
    assertEquals(0, facetTotal(forTina, "state"));
  }

  @Test
  void internalNotes_matchAndShowOnlyForStaff() {
    String word = word();
    String secret = word();
    long request = id(DESK.file("rita", "Laptop battery " + word));
    DESK.act("agent", request, "dispatch", json("technicianId", DESK.idOf("tom")));
    DESK.as("agent")
        .post(
            "requests/" + request + "/comments",
            json("body", "Caller sounds upset " + secret, "internal", true))
        .expect(201);
    JsonObject forAgent =
        awaitSearch("agent", secret, r -> ids(r).contains(Long.toString(request)));

    JsonObject forRita = search("rita", secret);
    JsonObject ritaOwn = search("rita", word);
    JsonObject forTom = search("tom", secret);

    assertEquals(0, forRita.getInt("total"));
    assertFalse(ritaOwn.toString().contains(secret), ritaOwn::toString);
    assertFalse(ritaOwn.toString().contains("restricted"), ritaOwn::toString);
    assertTrue(highlighted(forAgent).contains(secret.toLowerCase()), forAgent::toString);
    assertEquals(List.of(Long.toString(request)), ids(forTom));
  }

  @Test
  void requestNumberAndEmail_matchExactly() {
    String word = word();
    long request = id(DESK.file("rosa", "Keyboard missing keys " + word));
    awaitSearch("rosa", word, r -> r.getInt("total") == 1);

    JsonObject byNumber = search("rosa", "EH-" + request);
    JsonObject byTypo = search("rosa", "keybaord " + word);

    assertEquals(Long.toString(request), ids(byNumber).get(0));
    assertEquals(List.of(Long.toString(request)), ids(byTypo));
  }

  @Test
  void rebuild_keepsServingAndEndsComplete() {
    String word = word();
    long request = id(DESK.file("regina", "Headset crackles " + word));
    awaitSearch("regina", word, r -> r.getInt("total") == 1);

    DESK.as("regina").post("search/rebuild", json()).expect(403);
    DESK.as("admin").post("search/rebuild", json()).expect(202);
    Instant end = Instant.now().plus(Duration.ofMinutes(2));
    boolean rebuilding = true;
    while (rebuilding && Instant.now().isBefore(end)) {
      assertEquals(List.of(Long.toString(request)), ids(search("regina", word)));
      rebuilding =
          DESK.as("admin").get("search/status").expect(200).json().getBoolean("rebuilding");
    }

    assertFalse(rebuilding);
    assertEquals(List.of(Long.toString(request)), ids(search("regina", word)));
  }

  @Test
  void resultsPage_escapesTextAndMarksMatches() throws Exception {
    String word = word();
    DESK.file("ruben", "<script>alert(1)</script> Mouse " + word);
    awaitSearch("ruben", word, r -> r.getInt("total") == 1);
    PortalClient portal = PortalClient.signIn(portalUrl, "ruben");

    HttpResponse<String> page = portal.get("search.xhtml?q=" + encode("mouse " + word));

    assertEquals(200, page.statusCode());
    assertFalse(page.body().contains("<script>alert(1)"), page::body);
    assertTrue(page.body().contains("&lt;script&gt;alert(1)"), page::body);
    assertTrue(page.body().contains("<mark>" + word + "</mark>"), page::body);
    assertTrue(page.body().contains("data-facet=\"state\""), page::body);
  }

  private static JsonObject awaitSearch(String login, String text, Predicate<JsonObject> done) {
    Instant end = Instant.now().plus(DEADLINE);
    JsonObject last = search(login, text);
    while (!done.test(last)) {
      if (Instant.now().isAfter(end)) {
        throw new AssertionError("Search for " + text + " as " + login + " still gives " + last);
      }
      sleep();
      last = search(login, text);
    }
    return last;
  }

  private static JsonObject search(String login, String text) {
    return DESK.as(login).get("search?q=" + encode(text)).expect(200).json();
  }

  private static List<String> ids(JsonObject result) {
    return result.getJsonArray("hits").stream().map(h -> h.asJsonObject().getString("id")).toList();
  }

  private static long facetTotal(JsonObject result, String dimension) {
    JsonObject facets = result.getJsonObject("facets");
    if (!facets.containsKey(dimension)) {
      return 0;
    }
    return facets.getJsonArray(dimension).stream()
        .mapToLong(f -> f.asJsonObject().getJsonNumber("count").longValue())
        .sum();
  }

  /** Returns the highlighted parts of every snippet, lower-cased and joined by spaces. */
  private static String highlighted(JsonObject result) {
    StringBuilder text = new StringBuilder();
    for (JsonValue hit : result.getJsonArray("hits")) {
      for (JsonValue snippet : hit.asJsonObject().getJsonArray("snippets")) {
        for (JsonValue part : snippet.asJsonObject().getJsonArray("parts")) {
          if (part.asJsonObject().getBoolean("highlighted")) {
            text.append(part.asJsonObject().getString("text").toLowerCase()).append(' ');
          }
        }
      }
    }
    return text.toString();
  }

  /** Returns a word no other request contains, without digits so that it stays one token. */
  private static String word() {
    StringBuilder word = new StringBuilder("zq");
    for (char c : UUID.randomUUID().toString().replace("-", "").toCharArray()) {
      word.append((char) ('a' + Character.digit(c, 16)));
      if (word.length() == 12) {
        break;
      }
    }
    return word.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

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
  private static final Searches SEARCH = new Searches(DESK);

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
    String word = Searches.uniqueWord();
    long request = id(DESK.file("rita", "Scanner jammed " + word));

    JsonObject found =
        SEARCH.await("rita", word, r -> Searches.ids(r).contains(Long.toString(request)));
    String comment = Searches.uniqueWord();
    DESK.as("agent")
        .post("requests/" + request + "/comments", json("body", "Replaced roller " + comment))
        .expect(201);

    assertEquals(1, found.getInt("total"));
    SEARCH.await("rita", comment, r -> Searches.ids(r).contains(Long.toString(request)));
  }

  @Test
  void majorEventsAndGuideSections_areFoundByEveryone() {
    String word = Searches.uniqueWord();
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

    JsonObject forRalph = SEARCH.await("ralph", word, r -> Searches.ids(r).contains(eventId));
    JsonObject guide = SEARCH.query("ralph", "\"Filing a request\"");

    assertEquals("EVENT", forRalph.getJsonArray("hits").getJsonObject(0).getString("type"));
    assertTrue(Searches.ids(guide).contains("requester/en/new-request"), guide::toString);
  }

  @Test
  void search_filtersByReader() {
    String word = Searches.uniqueWord();
    long ritas = id(DESK.file("rita", "Monitor flickers " + word));
    long ralphs = id(DESK.file("ralph", "Monitor flickers too " + word));
    SEARCH.await("agent", word, r -> r.getInt("total") == 2);

    JsonObject forRita = SEARCH.query("rita", word);
    JsonObject forRalph = SEARCH.query("ralph", word);
    JsonObject forTina = SEARCH.query("tina", word);

    assertEquals(List.of(Long.toString(ritas)), Searches.ids(forRita));
    assertEquals(1, forRita.getInt("total"));
    assertEquals(1, facetTotal(forRita, "state"));
    assertEquals(1, facetTotal(forRita, "type"));
    assertEquals(List.of(Long.toString(ralphs)), Searches.ids(forRalph));
    assertEquals(0, forTina.getInt("total"));
    assertEquals(0, facetTotal(forTina, "state"));
  }

  @Test
  void internalNotes_matchAndShowOnlyForStaff() {
    String word = Searches.uniqueWord();
    String secret = Searches.uniqueWord();
    long request = id(DESK.file("rita", "Laptop battery " + word));
    DESK.act("agent", request, "dispatch", json("technicianId", DESK.idOf("tom")));
    DESK.as("agent")
        .post(
            "requests/" + request + "/comments",
            json("body", "Caller sounds upset " + secret, "internal", true))
        .expect(201);
    JsonObject forAgent =
        SEARCH.await("agent", secret, r -> Searches.ids(r).contains(Long.toString(request)));

    JsonObject forRita = SEARCH.query("rita", secret);
    JsonObject ritaOwn = SEARCH.query("rita", word);
    JsonObject forTom = SEARCH.query("tom", secret);

    assertEquals(0, forRita.getInt("total"));
    assertFalse(ritaOwn.toString().contains(secret), ritaOwn::toString);
    assertFalse(ritaOwn.toString().contains("restricted"), ritaOwn::toString);
    assertTrue(highlighted(forAgent).contains(secret.toLowerCase()), forAgent::toString);
    assertEquals(List.of(Long.toString(request)), Searches.ids(forTom));
  }

  @Test
  void requestNumberAndEmail_matchExactly() {
    String word = Searches.uniqueWord();
    long request = id(DESK.file("rosa", "Keyboard missing keys " + word));
    SEARCH.await("rosa", word, r -> r.getInt("total") == 1);

    JsonObject byNumber = SEARCH.query("rosa", "EH-" + request);
    JsonObject byTypo = SEARCH.query("rosa", "keybaord " + word);

    assertEquals(Long.toString(request), Searches.ids(byNumber).get(0));
    assertEquals(List.of(Long.toString(request)), Searches.ids(byTypo));
  }

  @Test
  void rebuild_keepsServingAndEndsComplete() {
    String word = Searches.uniqueWord();
    long request = id(DESK.file("regina", "Headset crackles " + word));
    SEARCH.await("regina", word, r -> r.getInt("total") == 1);

    DESK.as("regina").post("search/rebuild", json()).expect(403);
    DESK.as("admin").post("search/rebuild", json()).expect(202);
    Instant end = Instant.now().plus(Duration.ofMinutes(2));
    boolean rebuilding = true;
    while (rebuilding && Instant.now().isBefore(end)) {
      assertEquals(List.of(Long.toString(request)), Searches.ids(SEARCH.query("regina", word)));
      rebuilding =
          DESK.as("admin").get("search/status").expect(200).json().getBoolean("rebuilding");
    }

    assertFalse(rebuilding);
    assertEquals(List.of(Long.toString(request)), Searches.ids(SEARCH.query("regina", word)));
  }

  @Test
  void resultsPage_escapesTextAndMarksMatches() throws Exception {
    String word = Searches.uniqueWord();
    DESK.file("ruben", "<script>alert(1)</script> Mouse " + word);
    SEARCH.await("ruben", word, r -> r.getInt("total") == 1);
    PortalClient portal = PortalClient.signIn(portalUrl, "ruben");

    HttpResponse<String> page = portal.get("search.xhtml?q=" + encode("mouse " + word));

    assertEquals(200, page.statusCode());
    assertFalse(page.body().contains("<script>alert(1)"), page::body);
    assertTrue(page.body().contains("&lt;script&gt;alert(1)"), page::body);
    assertTrue(page.body().contains("<mark>" + word + "</mark>"), page::body);
    assertTrue(page.body().contains("data-facet=\"state\""), page::body);
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

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}

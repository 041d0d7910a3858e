package org.ehelp.it;

import static org.ehelp.it.ApiClient.json;
import static org.ehelp.it.Helpdesk.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class KnowledgeBaseIT {

  private static final Helpdesk DESK = new Helpdesk();
  private static final Searches SEARCH = new Searches(DESK, "ARTICLE");

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
  void lifecycle_publishesToReadersOnlyWhenPublished() {
    String word = Searches.uniqueWord();
    long article = id(write("agent", "Reset a locked badge " + word, "EVERYONE"));

    DESK.as("rita").get("articles/" + article).expect(404);
    DESK.as("rita").post("articles/" + article + "/state", json("state", "PUBLISHED")).expect(403);
    assertProblemStatus(409, moveTo(article, "PUBLISHED"));
    moveTo(article, "IN_REVIEW").expect(200);
    JsonObject published = moveTo(article, "PUBLISHED").expect(200).json();
    SEARCH.await("rita", word, r -> Searches.ids(r).contains(Long.toString(article)));

    assertEquals("PUBLISHED", published.getString("state"));
    assertEquals(
        "PUBLISHED",
        DESK.as("rita").get("articles/" + article).expect(200).json().getString("state"));
    moveTo(article, "ARCHIVED").expect(200);
    SEARCH.await("rita", word, r -> !Searches.ids(r).contains(Long.toString(article)));
    SEARCH.await("agent", word, r -> Searches.ids(r).contains(Long.toString(article)));
  }

  @Test
  void staffOnlyArticle_hiddenFromRequesters() {
    String word = Searches.uniqueWord();
    long article = id(write("tom", "Reflash switch firmware " + word, "STAFF"));
    moveTo(article, "IN_REVIEW").expect(200);
    moveTo(article, "PUBLISHED").expect(200);

    SEARCH.await("tina", word, r -> Searches.ids(r).contains(Long.toString(article)));

    DESK.as("rita").get("articles/" + article).expect(404);
    assertEquals(0, SEARCH.query("rita", word).getInt("total"));
  }

  @Test
  void edits_makeVersionsThatCompareAndRestore() {
    long article = id(write("agent", "Map a network drive", "EVERYONE"));
    JsonObject v1 = DESK.as("agent").get("articles/" + article).expect(200).json();
    JsonObject v2 =
        DESK.as("agent")
            .put(
                "articles/" + article,
                json(
                    "title", "Map a network drive",
                    "body", "Open the file manager.\nType the server address.",
                    "version", v1.getJsonNumber("version").longValue()))
            .expect(200)
            .json();

    ApiClient.Response stale =
        DESK.as("agent")
            .put(
                "articles/" + article,
                json(
                    "title", "x", "body", "y", "version", v1.getJsonNumber("version").longValue()));
    JsonArray versions =
        DESK.as("agent").get("articles/" + article + "/versions").expect(200).array();
    JsonArray diff =
        DESK.as("agent").get("articles/" + article + "/compare?from=1&to=2").expect(200).array();
    JsonObject restored =
        DESK.as("agent")
            .post("articles/" + article + "/versions/1/restore", json())
            .expect(200)
            .json();

    assertEquals(2, v2.getInt("currentVersion"));
    assertEquals(412, stale.status(), stale::toString);
    assertEquals(2, versions.size());
    assertTrue(kinds(diff).contains("ADDED"), diff::toString);
    assertTrue(kinds(diff).contains("REMOVED"), diff::toString);
    assertEquals(3, restored.getInt("currentVersion"));
    assertEquals(v1.getString("body"), restored.getString("body"));
    DESK.as("rita").get("articles/" + article + "/versions").expect(403);
  }

  @Test
  void solutionsAndVotes_areCounted() {
    long article = id(write("tom", "Replace a toner cartridge", "EVERYONE"));
    moveTo(article, "IN_REVIEW").expect(200);
    moveTo(article, "PUBLISHED").expect(200);
    long request = id(DESK.file("rita", Helpdesk.unique("Printer streaks")));

    DESK.as("rita")
        .post("articles/" + article + "/solutions", json("requestId", request))
        .expect(403);
    JsonObject linked =
        DESK.as("agent")
            .post("articles/" + article + "/solutions", json("requestId", request))
            .expect(200)
            .json();
    DESK.as("agent")
        .post("articles/" + article + "/solutions", json("requestId", request))
        .expect(200);
    DESK.as("rita").post("articles/" + article + "/votes", json("helpful", true)).expect(200);
    JsonObject changed =
        DESK.as("rita")
            .post("articles/" + article + "/votes", json("helpful", false))
            .expect(200)
            .json();
    JsonArray solutions = DESK.as("rita").get("articles/solutions/" + request).expect(200).array();

    assertEquals(1, linked.getInt("solvedCount"));
    assertEquals(0, changed.getInt("helpfulYes"));
    assertEquals(1, changed.getInt("helpfulNo"));
    assertFalse(changed.getBoolean("myVote"));
    assertEquals(1, solutions.size());
    DESK.as("ralph").get("articles/solutions/" + request).expect(404);
  }

  @Test
  void suggestions_matchAnyWordOfTheTypedText() {
    String word = Searches.uniqueWord();
    long article = id(write("agent", "Projector shows no picture " + word, "EVERYONE"));
    moveTo(article, "IN_REVIEW").expect(200);
    moveTo(article, "PUBLISHED").expect(200);
    SEARCH.await("rosa", word, r -> Searches.ids(r).contains(Long.toString(article)));

    JsonArray suggested =
        DESK.as("rosa")
            .get(
                "articles/suggestions?q=" + encode("the meeting room projector " + word + " fails"))
            .expect(200)
            .array();

    assertTrue(
        suggested.stream().anyMatch(h -> h.asJsonObject().getString("id").equals("" + article)),
        suggested::toString);
  }

  @Test
  void pages_showArticleVersionsAndRequestPanel() throws Exception {
    long article = id(write("agent", "Clean a <sticky> keyboard", "EVERYONE"));
    moveTo(article, "IN_REVIEW").expect(200);
    moveTo(article, "PUBLISHED").expect(200);
    long request = id(DESK.file("rita", Helpdesk.unique("Sticky keys")));
    DESK.as("agent")
        .post("articles/" + article + "/solutions", json("requestId", request))
        .expect(200);
    PortalClient agent = PortalClient.signIn(portalUrl, "agent");
    PortalClient rita = PortalClient.signIn(portalUrl, "rita");

    HttpResponse<String> view = rita.get("kb/view.xhtml?id=" + article);
    HttpResponse<String> list = agent.get("kb/index.xhtml");
    HttpResponse<String> versions = agent.get("kb/versions.xhtml?id=" + article);
    HttpResponse<String> requestPage = rita.get("requests/view.xhtml?id=" + request);
    HttpResponse<String> editForRita = rita.get("kb/edit.xhtml?id=" + article);

    assertEquals(200, view.statusCode());
    assertTrue(view.body().contains("Clean a &lt;sticky&gt; keyboard"), view::body);
    assertTrue(view.body().contains("id=\"article:voteYes\""), view::body);
    assertFalse(view.body().contains("article:edit"), view::body);
    assertTrue(list.body().contains("data-id=\"" + article + "\""), list::body);
    assertTrue(versions.body().contains("data-version=\"1\""), versions::body);
    assertTrue(requestPage.body().contains("kb/view.xhtml?id=" + article), requestPage::body);
    assertEquals(403, editForRita.statusCode());
  }

  private static JsonObject write(String login, String title, String audience) {
    JsonObject body =
        Json.createObjectBuilder()
            .add("title", title)
            .add("body", "Step one.\nStep two.")
            .add("tags", Json.createArrayBuilder().add("demo"))
            .add("audience", audience)
            .build();
    return DESK.as(login).post("articles", body).expect(201).json();
  }

  private static ApiClient.Response moveTo(long article, String state) {
    return DESK.as("agent").post("articles/" + article + "/state", json("state", state));
  }

  private static void assertProblemStatus(int status, ApiClient.Response response) {
    assertEquals(status, response.status(), response::toString);
  }

  private static List<String> kinds(JsonArray diff) {
    return diff.stream().map(l -> l.asJsonObject().getString("kind")).toList();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}

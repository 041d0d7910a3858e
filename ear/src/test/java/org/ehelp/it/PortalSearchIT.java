package org.ehelp.it;

import static org.ehelp.it.ApiClient.json;
import static org.ehelp.it.Helpdesk.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.ehelp.it.browser.BrowserExtension;
import org.ehelp.it.browser.RequestPage;
import org.ehelp.it.browser.SearchPage;
import org.ehelp.it.browser.Session;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The header's search box, the results page and the suggestions of the new request form. */
@ExtendWith(ArquillianExtension.class)
class PortalSearchIT {

  private static final Helpdesk DESK = new Helpdesk();
  private static final Searches SEARCH = new Searches(DESK);

  @RegisterExtension final BrowserExtension chromium = new BrowserExtension(1280, 900);

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
  void searchBoxAndSuggestions_workInTheBrowser() {
    String word = Searches.uniqueWord();
    long request = id(DESK.file("rita", "Webcam stays black " + word));
    long article = publishArticle("Webcam shows a black picture " + word);
    awaitSearchable("rita", word, 2);

    SearchPage results =
        Session.signIn(chromium.browser(), portalUrl, "rita")
            .goTo(SearchPage.class)
            .searchFromHeader("webcam " + word);
    List<String> hits = results.hits();
    List<String> marked = results.marked();
    List<String> facets = results.facets();
    results.screenshot("search-results");
    List<String> suggested = results.suggestionsWhileTyping("my webcam " + word, "" + article);
    results.screenshot("search-suggestions");

    assertTrue(hits.contains("REQUEST:" + request), hits::toString);
    assertTrue(hits.contains("ARTICLE:" + article), hits::toString);
    assertTrue(marked.contains(word), marked::toString);
    assertTrue(facets.contains("type"), facets::toString);
    assertTrue(suggested.contains("" + article), suggested::toString);
  }

  @Test
  void requestPage_suggestsArticlesToStaff_whoLinkOneAsTheSolution() {
    String word = Searches.uniqueWord();
    long article = publishArticle("Docking station drops the screens " + word);
    long request = id(DESK.file("rita", "Screens go dark on the docking station " + word));
    awaitSearchable("agent", word, 2);

    List<String> toRequester =
        Session.signIn(chromium.browser(), portalUrl, "rita")
            .goTo(RequestPage.class)
            .open(request)
            .suggestedArticles();
    RequestPage page =
        Session.signIn(chromium.browser(), portalUrl, "agent")
            .goTo(RequestPage.class)
            .open(request);
    List<String> suggested = page.suggestedArticles();
    page.screenshot("request-kb-suggestions");
    page = page.linkSuggestedArticle(Long.toString(article));

    assertEquals(List.of(), toRequester);
    assertTrue(suggested.contains(Long.toString(article)), suggested::toString);
    assertEquals(List.of(Long.toString(article)), page.solutionArticles());
    assertFalse(page.suggestedArticles().contains(Long.toString(article)));
  }

  private static long publishArticle(String title) {
    JsonObject body =
        Json.createObjectBuilder()
            .add("title", title)
            .add("body", "Close the other programs that use the camera, then unplug it.")
            .build();
    long article = id(DESK.as("agent").post("articles", body).expect(201).json());
    DESK.as("agent").post("articles/" + article + "/state", json("state", "IN_REVIEW")).expect(200);
    DESK.as("agent").post("articles/" + article + "/state", json("state", "PUBLISHED")).expect(200);
    return article;
  }

  private static void awaitSearchable(String login, String word, int expected) {
    SEARCH.await(login, word, r -> r.getInt("total") >= expected);
  }
}

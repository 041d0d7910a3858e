package org.ehelp.it;

import static org.ehelp.it.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import org.ehelp.it.browser.BrowserExtension;
import org.ehelp.it.browser.GuidePage;
import org.ehelp.it.browser.Session;
import org.ehelp.it.browser.SurveyPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The satisfaction survey and the user guide in Chromium: a survey invited at home, answered once
 * and counted in the results; the help link of a page opening the guide at the section about it.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyGuidePortalIT {

  @RegisterExtension final BrowserExtension chromium = new BrowserExtension(1280, 900);

  private final Helpdesk desk = new Helpdesk();

  @ArquillianResource private URL portalUrl;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeEach
  void start() {
    desk.at(portalUrl);
  }

  @Test
  void surveyForm_answeredOnceAndCounted() {
    Instant from = Instant.now().minusSeconds(1);
    closed("rosa", "PRINTING");
    String title = Helpdesk.unique("Printing survey");
    long campaign = createCampaign(title, from, Instant.now().plusSeconds(1));
    desk.as("agent").post("surveys/campaigns/" + campaign + "/invitations", json()).expect(200);
    long invitation = invitationId(campaign);

    SurveyPage page = Session.signIn(chromium.browser(), portalUrl, "rosa").goTo(SurveyPage.class);
    page.openHome();
    assertTrue(page.invitations().contains(title), page::text);
    page.startSurvey(title).pick(1, "4").pick(2, "Yes").write(3, "Fast and clear");
    page.screenshot("survey-form");
    page.send();

    assertTrue(page.messages().stream().anyMatch(m -> m.contains("Thank")), page::text);
    assertFalse(page.invitations().contains(title), page::text);
    assertFalse(page.openInvitation(invitation).refusal().isEmpty(), page::text);

    SurveyPage results =
        Session.signIn(chromium.browser(), portalUrl, "carla").goTo(SurveyPage.class);
    results.openResults(campaign);
    assertEquals("1", results.responseCount());
    assertTrue(results.byTechnician().contains("Tom"), results::text);
    results.screenshot("survey-results");
  }

  @Test
  void helpLink_opensTheSectionAboutThePage() {
    Session rita = Session.signIn(chromium.browser(), portalUrl, "rita");
    GuidePage guide = rita.goTo(GuidePage.class);

    guide.helpFor("requests/new.xhtml");
    assertEquals("new-request", guide.section());
    assertTrue(guide.currentUrl().contains("role=requester"), guide.currentUrl());
    assertEquals("Créer une demande", guide.sectionHeading("new-request"), "rita reads French");

    guide.switchLanguage("en", "Help");
    guide.helpFor("requests/validate.xhtml");
    assertEquals("validate", guide.section());
    assertEquals("Checking a solution", guide.sectionHeading("validate"));
    guide.screenshot("guide-requester");

    GuidePage agent = Session.signIn(chromium.browser(), portalUrl, "agent").goTo(GuidePage.class);
    agent.helpFor("queue.xhtml");
    assertEquals("queue", agent.section());
    assertTrue(agent.currentUrl().contains("role=call-center"), agent.currentUrl());
  }

  private long createCampaign(String title, Instant from, Instant until) {
    Instant now = Instant.now();
    JsonObject body =
        json(
            "title",
            title,
            "kind",
            "PERIOD",
            "opensAt",
            now.minusSeconds(60).toString(),
            "closesAt",
            now.plus(Duration.ofDays(7)).toString(),
            "closedFrom",
            from.toString(),
            "closedUntil",
            until.toString(),
            "categoryCodes",
            Json.createArrayBuilder().add("PRINTING").build(),
            "samplingPercent",
            100,
            "questions",
            Json.createArrayBuilder()
                .add(json("kind", "RATING", "text", "How satisfied are you?", "scaleMax", 5))
                .add(
                    json(
                        "kind",
                        "CHOICE",
                        "text",
                        "Solved at once?",
                        "choices",
                        Json.createArrayBuilder().add("Yes").add("No").build()))
                .add(json("kind", "TEXT", "text", "Anything else?"))
                .build());
    return desk.as("agent")
        .post("surveys/campaigns", body)
        .expect(201)
        .json()
        .getJsonNumber("id")
        .longValue();
  }

  private long invitationId(long campaign) {
    return desk.as("rosa").get("surveys/invitations").expect(200).array().stream()
        .map(JsonValue::asJsonObject)
        .filter(i -> i.getInt("campaignId") == campaign)
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private void closed(String login, String category) {
    JsonObject request = desk.file(login, Helpdesk.unique("Printer jam"), "categoryCode", category);
    long id = Helpdesk.id(request);
    desk.act("agent", id, "dispatch", json("technicianId", desk.idOf("tom")));
    desk.act("tom", id, "start", null);
    desk.act("tom", id, "mark-realized", json("text", "Done"));
    desk.act("agent", id, "close", json("text", "Closed for the survey test"));
  }
}

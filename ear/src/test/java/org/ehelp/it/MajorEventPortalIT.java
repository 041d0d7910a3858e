package org.ehelp.it;

import static org.ehelp.it.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonString;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ehelp.it.browser.BrowserExtension;
import org.ehelp.it.browser.LoginPage;
import org.ehelp.it.browser.MajorEventPages;
import org.ehelp.it.browser.NewRequestPage;
import org.ehelp.it.browser.RequestPage;
import org.ehelp.it.browser.Session;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Major events in Chromium: the banner, the question on the new request form, the event page. */
@ExtendWith(ArquillianExtension.class)
class MajorEventPortalIT {

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
  void banner_onLoginAndEveryPageUntilTheEnd() {
    String title = Helpdesk.unique("Telephony outage");
    long event = record(title, Instant.now().minusSeconds(60), "NETWORK");
    long upcoming =
        record(
            Helpdesk.unique("Network upgrade"), Instant.now().plus(Duration.ofDays(1)), "NETWORK");

    MajorEventPages loginBanner = new MajorEventPages(chromium.browser(), portalUrl);
    new LoginPage(chromium.browser(), portalUrl).open();
    assertTrue(loginBanner.bannerText(event).contains(title), loginBanner::text);
    loginBanner.screenshot("major-event-login");

    Session rita = Session.signIn(chromium.browser(), portalUrl, "rita");
    MajorEventPages pages = rita.goTo(MajorEventPages.class);
    assertTrue(pages.bannerEvents().contains(event), pages::text);
    assertFalse(pages.bannerEvents().contains(upcoming), pages::text);
    rita.goTo(NewRequestPage.class).open();
    assertTrue(pages.bannerEvents().contains(event), pages::text);
    pages.openList();
    assertTrue(pages.listed("current").contains(event));
    assertTrue(pages.listed("upcoming").contains(upcoming));

    desk.as("agent")
        .post("major-events/" + event + "/end", json("text", "Lines are back"))
        .expect(200);

    pages.openList();
    assertFalse(pages.bannerEvents().contains(event), pages::text);
    assertTrue(pages.listed("past").contains(event));
  }

  @Test
  void newRequest_asksWhetherItIsTheSameProblem() {
    String title = Helpdesk.unique("Password reset broken");
    long event = record(title, Instant.now().minusSeconds(60), "ACCESS");

    NewRequestPage form =
        Session.signIn(chromium.browser(), portalUrl, "ralph")
            .goTo(NewRequestPage.class)
            .open()
            .describe(
                Helpdesk.unique("Cannot reset my password"), "The reset link fails", "Accounts");
    assertTrue(form.majorEventQuestion().contains(title), form::text);
    form.screenshot("major-event-question");
    RequestPage filed = form.sameProblemAs(title).submit();

    assertTrue(filed.hasElement("requestMajorEvent"), filed::text);
    List<String> attached =
        desk.as("agent").get("major-events/" + event + "/requests").expect(200).array().stream()
            .map(v -> ((JsonString) v).getString())
            .toList();
    assertEquals(List.of("EH-" + filed.id()), attached);
  }

  @Test
  void eventPage_agentPostsAnUpdate() {
    String title = Helpdesk.unique("Storage slow");
    long event = record(title, Instant.now().minusSeconds(60), "HARDWARE");

    MajorEventPages page =
        Session.signIn(chromium.browser(), portalUrl, "carla")
            .goTo(MajorEventPages.class)
            .openEvent(event)
            .postUpdate("The disks are being replaced");

    assertEquals("CURRENT", page.phase());
    assertEquals("The disks are being replaced", page.updates().get(0));
    assertTrue(page.bannerText(event).contains("The disks are being replaced"), page::text);
  }

  private long record(String title, Instant start, String category) {
    return desk.as("agent")
        .post(
            "major-events",
            json(
                "kind",
                "INCIDENT",
                "title",
                title,
                "description",
                "Recorded by the portal tests",
                "startsAt",
                start.toString(),
                "categoryCodes",
                Json.createArrayBuilder().add(category).build()))
        .expect(201)
        .json()
        .getJsonNumber("id")
        .longValue();
  }
}

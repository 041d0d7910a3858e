package org.ehelp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ehelp.it.browser.BrowserExtension;
import org.ehelp.it.browser.HomePage;
import org.ehelp.it.browser.LoginPage;
import org.ehelp.it.browser.PhonePage;
import org.ehelp.it.browser.Portal;
import org.ehelp.it.browser.QueuePage;
import org.ehelp.it.browser.RequestPage;
import org.ehelp.it.browser.Session;
import org.ehelp.it.browser.WorkspacePage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Cookie;

/**
 * Each role's workspace tried in Chromium as a new user would, in English and French, with a
 * screenshot of each. The other tests check rules every page keeps: user text is escaped, a stale
 * form is refused without losing the typed text, attachments are checked and sent as downloads, and
 * an expired session is explained on the login page.
 */
@ExtendWith(ArquillianExtension.class)
class PortalWorkspacesIT {

  @RegisterExtension final BrowserExtension chromium = new BrowserExtension(1280, 900);

  @ArquillianResource private URL portalUrl;

  @TempDir Path files;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  /** A workspace: who opens it, where, and its heading in English and in French. */
  private record Workspace(String login, String path, String english, String french) {}

  private static final List<Workspace> WORKSPACES =
      List.of(
          new Workspace("rita", "index.xhtml", "Home", "Accueil"),
          new Workspace("rita", "requests/mine.xhtml", "My requests", "Mes demandes"),
          new Workspace("rita", "requests/new.xhtml", "New request", "Nouvelle demande"),
          new Workspace(
              "rita", "requests/validate.xhtml", "Solutions to check", "Solutions à vérifier"),
          new Workspace("rita", "profile.xhtml", "My settings", "Mes préférences"),
          new Workspace("agent", "queue.xhtml", "Call center queue", "File du centre d’appels"),
          new Workspace("agent", "desk/phone.xhtml", "Phone call", "Appel téléphonique"),
          new Workspace("agent", "dashboard.xhtml", "Dashboard", "Tableau de bord"),
          new Workspace(
              "tom", "work/technician.xhtml", "My requests to handle", "Mes demandes à traiter"),
          new Workspace("rick", "work/approvals.xhtml", "Approvals", "Approbations"),
          new Workspace("cora", "work/tasks.xhtml", "My tasks", "Mes tâches"),
          new Workspace("admin", "admin/index.xhtml", "Administration", "Administration"),
          new Workspace("admin", "admin/people.xhtml", "People", "Personnes"),
          new Workspace("admin", "admin/groups.xhtml", "Support groups", "Groupes de support"),
          new Workspace("admin", "admin/categories.xhtml", "Categories", "Catégories"),
          new Workspace("admin", "admin/settings.xhtml", "Settings", "Paramètres"),
          new Workspace("admin", "dashboard.xhtml", "Dashboard", "Tableau de bord"));

  @Test
  void everyWorkspace_opensInEnglishAndFrench() {
    String signedIn = null;
    for (Workspace workspace : WORKSPACES) {
      if (!workspace.login().equals(signedIn)) {
        Session.signIn(chromium.browser(), portalUrl, workspace.login());
        signedIn = workspace.login();
      }
      WorkspacePage page = new WorkspacePage(chromium.browser(), portalUrl).open(workspace.path());
      String name = workspace.login() + "-" + workspace.path().replace(".xhtml", "");

      page.language("en");
      assertEquals(workspace.english(), page.heading(), workspace.path() + " in English");
      page.screenshot("workspace-" + name + "-en");
      page.language("fr");
      assertEquals(workspace.french(), page.heading(), workspace.path() + " in French");
      page.screenshot("workspace-" + name + "-fr");
      page.language("en");
    }
  }

  @Test
  void everyPage_passesTheAccessibilityRules() {
    Map<String, List<String>> violations = new LinkedHashMap<>();
    List<String> atLogin =
        new LoginPage(chromium.browser(), portalUrl).open().accessibilityViolations();
    if (!atLogin.isEmpty()) {
      violations.put("login.xhtml", atLogin);
    }
    List<Workspace> pages = new ArrayList<>(WORKSPACES);
    pages.add(new Workspace("agent", "events/index.xhtml", null, null));
    pages.add(new Workspace("agent", "surveys/index.xhtml", null, null));
    pages.add(new Workspace("rita", "guide/index.xhtml", null, null));
    String signedIn = null;
    for (Workspace workspace : pages) {
      if (!workspace.login().equals(signedIn)) {
        Session.signIn(chromium.browser(), portalUrl, workspace.login());
        signedIn = workspace.login();
      }
      WorkspacePage page = new WorkspacePage(chromium.browser(), portalUrl).open(workspace.path());
      List<String> found = page.accessibilityViolations();
      if (!found.isEmpty()) {
        violations.put(workspace.login() + " " + workspace.path(), found);
      }
    }

    assertTrue(violations.isEmpty(), () -> "WCAG 2.1 AA violations: " + violations);
  }

  @Test
  void dashboard_drawsItsCharts() {
    WorkspacePage dashboard =
        Session.signIn(chromium.browser(), portalUrl, "agent")
            .goTo(WorkspacePage.class)
            .open("dashboard.xhtml");

    assertEquals(
        4, dashboard.charts(), "open by state, open by category, backlog trend, SLA compliance");
  }

  @Test
  void phoneScreen_fitsWithoutSideScrolling() {
    JsonObject filed =
        api("rita").post("requests", json("Phone check", "Seen on a phone")).expect(201).json();
    RequestPage page =
        Session.signIn(chromium.browser(), portalUrl, "rita")
            .goTo(RequestPage.class)
            .open(filed.getJsonNumber("id").longValue());

    page.resize(390, 844);
    page.screenshot("phone-request-page");
    assertFalse(page.scrollsSideways(), () -> "wider: " + page.elementsWiderThanWindow());
    new HomePage(chromium.browser(), portalUrl).open().screenshot("phone-home");
    QueuePage queue =
        Session.signIn(chromium.browser(), portalUrl, "agent").goTo(QueuePage.class).open();
    queue.screenshot("phone-queue");

    assertFalse(queue.scrollsSideways(), () -> "wider: " + queue.elementsWiderThanWindow());
  }

  @Test
  void userText_isEscaped() {
    String hostile = "<script>window.pwned=1</script><b id=\"bold\">bold</b> & \"quotes\"";
    JsonObject filed = api("rita").post("requests", json(hostile, hostile)).expect(201).json();
    long id = filed.getJsonNumber("id").longValue();
    api("rita").post("requests/" + id + "/comments", ApiClient.json("body", hostile)).expect(201);

    RequestPage page =
        Session.signIn(chromium.browser(), portalUrl, "agent").goTo(RequestPage.class).open(id);

    assertTrue(page.title().contains(hostile), page.title());
    assertTrue(page.comments().stream().anyMatch(c -> c.contains(hostile)), "comment as text");
    assertFalse(page.hasElement("bold"), "no element comes from user text");
    assertFalse(page.scriptRan("pwned"), "no script comes from user text");
    page.screenshot("escaped-user-text");
  }

  @Test
  void staleForm_keepsTextChangesNothing() {
    JsonObject filed =
        api("rita").post("requests", json("Stale form", "Two agents at once")).expect(201).json();
    long id = filed.getJsonNumber("id").longValue();
    RequestPage page =
        Session.signIn(chromium.browser(), portalUrl, "agent").goTo(RequestPage.class).open(id);
    RequestPage.ActionDialog dialog = page.start("REJECT").text("Duplicate of another request");

    api("carla")
        .post("requests/" + id + "/comments", ApiClient.json("body", "Calling the requester"))
        .expect(201);
    api("carla").post("requests/" + id + "/actions/take", ApiClient.json()).expect(200);
    dialog.confirm();

    assertTrue(dialog.saysStale(), "the dialog says the request changed");
    assertEquals("Duplicate of another request", dialog.typedText(), "the text is kept");
    assertTrue(
        page.messages().stream().anyMatch(m -> m.contains("Carla")),
        () -> "the message names who changed it: " + page.messages());
    page.screenshot("stale-form");
    assertEquals("IN_PROGRESS", page.state(), "the page shows the request as it is now");
    JsonObject now = api("agent").get("requests/" + id).expect(200).json();
    assertEquals("IN_PROGRESS", now.getString("state"), "the stale rejection changed nothing");
  }

  @Test
  void attachments_areCheckedAndDownloadedAsFiles() throws IOException, InterruptedException {
    JsonObject filed =
        api("rita").post("requests", json("With a log file", "See attached")).expect(201).json();
    long id = filed.getJsonNumber("id").longValue();
    Path log = Files.writeString(files.resolve("printer é.log"), "paper jam at 10:42\n");
    Path program = Files.write(files.resolve("setup.exe"), new byte[] {'M', 'Z', 0, 1});
    Path fakePdf = Files.writeString(files.resolve("invoice.pdf"), "not a pdf");

    RequestPage page =
        Session.signIn(chromium.browser(), portalUrl, "rita").goTo(RequestPage.class).open(id);
    page.attach(log);
    assertEquals(List.of("printer é.log"), page.attachments());
    page.attach(program);
    page.attach(fakePdf);
    assertEquals(List.of("printer é.log"), page.attachments(), "refused files are not listed");
    assertTrue(
        page.fieldErrors().stream().anyMatch(e -> e.contains("invoice.pdf")),
        () -> "the content check names the file: " + page.fieldErrors());
    page.screenshot("attachments");

    String url = page.downloadUrl("printer é.log");
    HttpResponse<byte[]> download = download(url, page);
    assertEquals(200, download.statusCode());
    assertEquals("paper jam at 10:42\n", new String(download.body(), StandardCharsets.UTF_8));
    String disposition = download.headers().firstValue("Content-Disposition").orElse("");
    assertTrue(disposition.startsWith("attachment;"), disposition);
    assertTrue(disposition.contains("filename*=UTF-8''printer%20%C3%A9.log"), disposition);
    assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));

    RequestPage stranger =
        Session.signIn(chromium.browser(), portalUrl, "ralph").goTo(RequestPage.class);
    assertEquals(404, download(url, stranger).statusCode(), "another requester gets not found");
  }

  @Test
  void queue_filtersAndSortsInTheDatabase() {
    String marker = "Queue marker " + System.nanoTime();
    JsonObject first =
        api("rita").post("requests", json(marker + " A", "first")).expect(201).json();
    api("ralph").post("requests", json(marker + " B", "second")).expect(201).json();

    QueuePage queue =
        Session.signIn(chromium.browser(), portalUrl, "agent").goTo(QueuePage.class).open();
    List<String> filtered = queue.filterTitle(marker).incomingNumbers();
    assertEquals(2, filtered.size(), () -> "filtered rows: " + filtered);
    List<String> byNumber = queue.sortIncomingBy("number");
    assertEquals("EH-" + first.getJsonNumber("id").longValue(), byNumber.get(0), "ascending");
    queue.screenshot("queue-filtered");
  }

  @Test
  void phoneForm_showsCallerRequests() {
    String title = "Phone " + System.nanoTime();
    api("rosa").post("requests", json(title + " earlier", "already open")).expect(201).json();

    PhonePage phone =
        Session.signIn(chromium.browser(), portalUrl, "agent").goTo(PhonePage.class).open();
    phone.caller("rosa", "Rosa Garcia");
    assertTrue(
        phone.callerRequests().stream().anyMatch(r -> r.contains(title + " earlier")),
        () -> "open requests of the caller: " + phone.callerRequests());
    phone.screenshot("phone-form");
    RequestPage filed = phone.file(title, "Called about the VPN");

    assertEquals("SUBMITTED", filed.state());
    assertTrue(filed.text().contains("Rosa Garcia"), "filed for the caller");
  }

  @Test
  void expiredSession_explainedOnLogin() {
    Session.signIn(chromium.browser(), portalUrl, "rita");
    HomePage home = new HomePage(chromium.browser(), portalUrl).open();
    home.replaceSessionCookie(new Cookie("JSESSIONID", "expired-session-id", "/ehelp"));

    LoginPage login = new LoginPage(chromium.browser(), portalUrl);
    home.open();

    assertTrue(login.saysSessionExpired(), "the login page explains the sign-out");
    login.screenshot("session-expired");
  }

  private ApiClient api(String login) {
    return ApiClient.withToken(portalUrl, login);
  }

  private static JsonObject json(String title, String description) {
    return ApiClient.json("title", title, "description", description);
  }

  /** Downloads with the browser's session cookie, to read the headers a browser hides. */
  private static HttpResponse<byte[]> download(String url, Portal as)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url)).header("Cookie", as.sessionCookie()).GET().build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }
}

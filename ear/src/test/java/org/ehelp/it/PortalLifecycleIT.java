package org.ehelp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.ehelp.it.browser.ApprovalsPage;
import org.ehelp.it.browser.BrowserExtension;
import org.ehelp.it.browser.NewRequestPage;
import org.ehelp.it.browser.Portal;
import org.ehelp.it.browser.QueuePage;
import org.ehelp.it.browser.RequestPage;
import org.ehelp.it.browser.Session;
import org.ehelp.it.browser.TasksPage;
import org.ehelp.it.browser.ValidationPage;
import org.ehelp.it.browser.WorkspacePage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The longest path of the lifecycle walked through the portal in Chromium, each person signing in
 * and doing their part from their own workspace: the requester files and answers on the validation
 * screen, the call center dispatches and reviews, the technician works on the request page, the
 * responsible decides in the approval inbox and the contributors finish their tasks.
 */
@ExtendWith(ArquillianExtension.class)
class PortalLifecycleIT {

  @RegisterExtension final BrowserExtension chromium = new BrowserExtension(1280, 900);

  @ArquillianResource private URL portalUrl;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void longPath_walkedThroughThePortal() {
    String title = "Printer on fire " + UUID.randomUUID().toString().substring(0, 8);
    RequestPage request =
        signIn("rita")
            .goTo(NewRequestPage.class)
            .open()
            .file(title, "Smoke comes out of the printer on floor 2.", "P2");
    long id = request.id();
    String number = "EH-" + id;
    assertEquals("SUBMITTED", request.state());
    screenshot(request, "lifecycle-01-requester-filed");

    QueuePage queue = signIn("agent").goTo(QueuePage.class).open().filterTitle(title);
    assertEquals(List.of(number), queue.incomingNumbers(), "the queue finds the new request");
    screenshot(queue, "lifecycle-02-call-center-queue");
    request = queue.openRequest(number);
    request = request.start("DISPATCH").technician("Tom").confirm();
    assertEquals("DISPATCHED", request.state());

    request = signIn("tom").goTo(RequestPage.class).open(id);
    request = request.act("START");
    request =
        request.start("ASK_APPROVAL").responsible("Rick").text("May I order a printer?").confirm();
    assertEquals("AWAITING_APPROVAL", request.state());
    screenshot(
        signIn("tom").goTo(WorkspacePage.class).open("work/technician.xhtml"),
        "lifecycle-03-technician-workspace");

    ApprovalsPage approvals = signIn("rick").goTo(ApprovalsPage.class).open();
    assertTrue(approvals.questions().contains("May I order a printer?"), "the inbox shows it");
    screenshot(approvals, "lifecycle-04-responsible-inbox");
    approvals = approvals.approve(number, "Yes, order it");
    assertTrue(approvals.decisions().stream().anyMatch(d -> d.contains(number)), "decided");

    request = signIn("tom").goTo(RequestPage.class).open(id);
    assertEquals("IN_PROGRESS", request.state());
    request = request.start("ADD_TASK").contributor("Cora").text("Unpack the printer").confirm();
    request = request.start("ADD_TASK").contributor("Colin").text("Install the driver").confirm();

    for (String contributor : List.of("cora", "colin")) {
      TasksPage tasks = signIn(contributor).goTo(TasksPage.class).open();
      String expected = contributor.equals("cora") ? "Unpack the printer" : "Install the driver";
      assertEquals(List.of(expected), tasks.tasksOf(number), contributor + "'s task");
      if (contributor.equals("cora")) {
        screenshot(tasks, "lifecycle-05-contributor-tasks");
      }
      tasks.start(number).complete(number, "Done by " + contributor);
      assertTrue(tasks.open().tasksOf(number).isEmpty(), contributor + " finished the task");
    }

    request = signIn("tom").goTo(RequestPage.class).open(id);
    request = request.act("PUT_ON_HOLD", "Waiting for toner");
    assertEquals("ON_HOLD", request.state());
    request = request.act("RESUME").act("MARK_REALIZED", "Printer replaced");
    assertEquals("REALIZED", request.state());

    request = signIn("agent").goTo(RequestPage.class).open(id);
    request = request.act("RETURN_TO_TECHNICIAN", "The test page is missing");
    request = signIn("tom").goTo(RequestPage.class).open(id).act("MARK_REALIZED", "Test page");
    request = signIn("agent").goTo(RequestPage.class).open(id).act("SEND_FOR_VALIDATION");
    assertEquals("AWAITING_VALIDATION", request.state());

    ValidationPage validation = signIn("rita").goTo(ValidationPage.class).open();
    assertTrue(validation.solutions().contains("Test page"), "the solution is shown");
    screenshot(validation, "lifecycle-06-requester-validation");
    validation.refuse(number, "It prints blank pages");

    request = signIn("agent").goTo(RequestPage.class).open(id);
    assertEquals("REFUSED", request.state());
    request = request.act("RETURN_TO_TECHNICIAN", "Blank pages");
    request =
        signIn("tom").goTo(RequestPage.class).open(id).act("MARK_REALIZED", "Toner seal removed");
    request =
        signIn("agent")
            .goTo(RequestPage.class)
            .open(id)
            .act("SEND_FOR_VALIDATION", "The seal was left on the toner");

    validation = signIn("rita").goTo(ValidationPage.class).open();
    validation.accept(number);
    request = signIn("agent").goTo(RequestPage.class).open(id);
    assertEquals("ACCEPTED", request.state());
    RequestPage closed = request.act("CLOSE", "Closed after acceptance");

    assertEquals("CLOSED", closed.state());
    List<String> history = closed.history();
    assertEquals(23, history.size(), () -> String.join("\n", history));
    assertTrue(closed.actions().isEmpty(), "a closed request offers no action");
    screenshot(closed, "lifecycle-07-request-closed");
  }

  private Session signIn(String login) {
    return Session.signIn(chromium.browser(), portalUrl, login);
  }

  private static void screenshot(Portal page, String name) {
    page.screenshot(name);
  }
}

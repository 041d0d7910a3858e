package org.ehelp.it;

import static org.ehelp.it.Helpdesk.id;
import static org.ehelp.it.SlaDesk.instant;
import static org.ehelp.it.SlaDesk.target;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deadlines and the check timer survive a restart of the server: the deadlines are stored, and the
 * timer is persistent, so after the restart the timer alone marks the breach. Takes about two
 * minutes, because it waits for the real timer.
 */
@ExtendWith(ArquillianExtension.class)
class SlaRestartIT {

  private static final Duration TIMER_WAIT = Duration.ofMinutes(4);

  private final Helpdesk desk = new Helpdesk();
  private final SlaDesk sla = new SlaDesk(desk);

  @ArquillianResource private URL portalUrl;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void deadlinesAndTimerSurviveARestart() throws Exception {
    desk.at(portalUrl);
    long calendar = sla.aroundTheClock();
    sla.policy("PRINTING", "P1", calendar, 1, 600);
    long request =
        id(
            desk.file(
                "rita",
                Helpdesk.unique("Toner empty"),
                "categoryCode",
                "PRINTING",
                "priority",
                "P1"));
    JsonObject before = sla.sla(request);
    Instant due = instant(target(before, "RESPONSE"), "dueAt");
    // Only a timer that runs after the restart can mark the breach asserted below.
    assertEquals("ON_TRACK", before.getJsonObject("mark").getString("level"), before::toString);

    restartDomain();
    waitUntilUp();
    JsonObject after = sla.sla(request);

    assertEquals(due, instant(target(after, "RESPONSE"), "dueAt"));
    assertEquals(before.getString("policy"), after.getString("policy"));
    JsonObject marked = waitForLevel(request, "BREACHED");
    assertEquals("BREACH", target(marked, "RESPONSE").getString("marked"));
  }

  /** Restarts the test domain with asadmin; the deployment stays, as in production. */
  private static void restartDomain() throws IOException, InterruptedException {
    String home = System.getProperty("ehelp.payara.home");
    String domain = System.getProperty("ehelp.test.domain");
    Path asadmin = Path.of(home, "bin", "asadmin");
    Process process =
        new ProcessBuilder(asadmin.toString(), "--interactive=false", "restart-domain", domain)
            .redirectErrorStream(true)
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("asadmin restart-domain " + domain + " timed out");
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), () -> "asadmin restart-domain failed: " + output);
  }

  private void waitUntilUp() throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    ApiClient anonymous = ApiClient.anonymous(portalUrl);
    while (Instant.now().isBefore(deadline)) {
      try {
        if (anonymous.get("status").status() == 200) {
          return;
        }
      } catch (RuntimeException e) {
        // The server is still starting.
      }
      Thread.sleep(2_000);
    }
    throw new AssertionError("eHelp did not answer on " + portalUrl + " within 5 minutes");
  }

  private JsonObject waitForLevel(long request, String level) throws InterruptedException {
    Instant deadline = Instant.now().plus(TIMER_WAIT);
    JsonObject last = null;
    while (Instant.now().isBefore(deadline)) {
      last = sla.sla(request);
      if (level.equals(last.getJsonObject("mark").getString("level"))) {
        return last;
      }
      Thread.sleep(5_000);
    }
    throw new AssertionError(
        "The timer did not mark request "
            + request
            + " "
            + level
            + " within "
            + TIMER_WAIT
            + ": "
            + last);
  }
}

package org.ehelp.it;

import static org.ehelp.it.ApiClient.json;
import static org.ehelp.it.Helpdesk.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The index survives a restart and goes on from the journal position it stored. An index whose
 * files were damaged while the server was stopped is rebuilt when it starts. The test takes a few
 * minutes, because it restarts the domain twice.
 */
@ExtendWith(ArquillianExtension.class)
class SearchRestartIT {

  private static final Helpdesk DESK = new Helpdesk();
  private static final Searches SEARCH = new Searches(DESK);

  @ArquillianResource private URL portalUrl;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void index_survivesRestartAndCorruption() throws Exception {
    DESK.at(portalUrl);
    String word = Searches.uniqueWord();
    long request = id(DESK.file("rita", "Docking station " + word));
    awaitFound("rita", word, request);
    long before = journalId();

    asadmin("restart-domain");
    waitUntilUp();
    long afterRestart = journalId();
    String comment = Searches.uniqueWord();
    DESK.as("agent")
        .post("requests/" + request + "/comments", json("body", "New firmware " + comment))
        .expect(201);

    assertTrue(afterRestart >= before, () -> afterRestart + " < " + before);
    assertEquals(List.of(Long.toString(request)), Searches.ids(SEARCH.query("rita", word)));
    awaitFound("rita", comment, request);

    asadmin("stop-domain");
    corruptIndex();
    asadmin("start-domain");
    waitUntilUp();

    awaitFound("rita", comment, request);
  }

  private static void corruptIndex() throws IOException {
    Path index =
        Path.of(
            System.getProperty("ehelp.payara.home"),
            "glassfish",
            "domains",
            System.getProperty("ehelp.test.domain"),
            "search-index");
    assertTrue(Files.isDirectory(index), () -> "no index at " + index);
    try (Stream<Path> files = Files.walk(index)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (!file.getFileName().toString().equals("write.lock")) {
          Files.write(file, new byte[] {42, 42, 42});
        }
      }
    }
  }

  private static long journalId() {
    JsonObject status = DESK.as("admin").get("search/status").expect(200).json();
    return status.getJsonNumber("journalId").longValue();
  }

  private static void awaitFound(String login, String text, long request) {
    Instant end = Instant.now().plus(Duration.ofMinutes(2));
    while (!Searches.ids(SEARCH.query(login, text)).contains(Long.toString(request))) {
      if (Instant.now().isAfter(end)) {
        throw new AssertionError(text + " does not find request " + request);
      }
      pause(200);
    }
  }

  private static void asadmin(String command) throws IOException, InterruptedException {
    String home = System.getProperty("ehelp.payara.home");
    String domain = System.getProperty("ehelp.test.domain");
    Process process =
        new ProcessBuilder(
                Path.of(home, "bin", "asadmin").toString(), "--interactive=false", command, domain)
            .redirectErrorStream(true)
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("asadmin " + command + " " + domain + " timed out");
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), () -> "asadmin " + command + " failed: " + output);
  }

  private void waitUntilUp() {
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
      pause(2_000);
    }
    throw new AssertionError("eHelp did not answer on " + portalUrl + " within 5 minutes");
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

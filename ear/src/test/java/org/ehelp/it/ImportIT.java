package org.ehelp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class ImportIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static final String MAPPING =
      """
      source=it
      column.title=subject
      column.description=text
      column.requester=who
      column.priority=level
      value.priority.high=P2
      value.priority.low=P4
      """;

  @ArquillianResource private URL portalUrl;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void dryRun_listsEveryRefusedRowAndWritesNothing() throws Exception {
    String tag = UUID.randomUUID().toString();
    String csv =
        "subject,text,who,level\n"
            + "badge "
            + tag
            + ",lost my badge,rita,high\n"
            + "screen "
            + tag
            + ",flickers,nobody,low\n"
            + "mouse "
            + tag
            + ",broken,ralph,urgent\n";

    HttpResponse<String> report = upload("admin", csv, true);

    assertEquals(200, report.statusCode(), report::body);
    assertTrue(report.body().contains("\"rows\":3"), report::body);
    assertTrue(report.body().contains("\"created\":0"), report::body);
    assertTrue(report.body().contains("\"row\":2"), report::body);
    assertTrue(report.body().contains("\"field\":\"requester\""), report::body);
    assertTrue(report.body().contains("\"row\":3"), report::body);
    assertTrue(report.body().contains("\"field\":\"priority\""), report::body);
    assertEquals(0, countByTitle("admin", tag));
  }

  @Test
  void import_isAllOrNothing() throws Exception {
    String tag = UUID.randomUUID().toString();
    String csv =
        "subject,text,who,level\n"
            + "badge "
            + tag
            + ",lost my badge,rita,high\n"
            + "screen "
            + tag
            + ",flickers,nobody,low\n";

    HttpResponse<String> refused = upload("admin", csv, false);

    assertEquals(400, refused.statusCode(), refused::body);
    assertTrue(
        refused.headers().firstValue("Content-Type").orElse("").contains("problem+json"),
        refused::body);
    assertEquals(0, countByTitle("admin", tag));
  }

  @Test
  void import_twiceOnTheSameFileCreatesOnce() throws Exception {
    String tag = UUID.randomUUID().toString();
    String csv =
        "subject,text,who,level\n"
            + "badge "
            + tag
            + ",lost my badge,rita,high\n"
            + "screen "
            + tag
            + ",flickers,ralph,low\n";

    HttpResponse<String> first = upload("admin", csv, false);
    HttpResponse<String> second = upload("admin", csv, false);

    assertEquals(200, first.statusCode(), first::body);
    assertTrue(first.body().contains("\"created\":2"), first::body);
    assertEquals(200, second.statusCode(), second::body);
    assertTrue(second.body().contains("\"created\":0"), second::body);
    assertTrue(second.body().contains("\"alreadyImported\":2"), second::body);
    assertEquals(2, countByTitle("admin", tag));
  }

  @Test
  void import_isForAdminsOnly() throws Exception {
    HttpResponse<String> refused = upload("agent", "subject,text,who,level\n", false);

    assertEquals(403, refused.statusCode(), refused::body);
  }

  private HttpResponse<String> upload(String login, String csv, boolean dryRun) throws Exception {
    String boundary = "eh" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    part(body, boundary, "file", "requests.csv", "text/csv", csv);
    part(body, boundary, "mapping", "mapping.properties", "text/plain", MAPPING);
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

    HttpRequest request =
        HttpRequest.newBuilder(api("imports?dryRun=" + dryRun))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", basic(login))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private int countByTitle(String login, String text) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(api("requests?q=" + text + "&limit=10"))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", basic(login))
            .GET()
            .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response::body);
    String body = response.body().replace(" ", "");
    int at = body.indexOf("\"total\":");
    assertTrue(at >= 0, response::body);
    String digits = body.substring(at + 8).replaceAll("^(\\d+).*$", "$1");
    return Integer.parseInt(digits.replaceAll("[^0-9].*", ""));
  }

  private static void part(
      ByteArrayOutputStream body,
      String boundary,
      String name,
      String fileName,
      String type,
      String content) {
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + name
            + "\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: "
            + type
            + "\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content.getBytes(StandardCharsets.UTF_8));
    body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
  }

  private URI api(String path) throws Exception {
    return portalUrl.toURI().resolve("api/v1/" + path);
  }

  private static String basic(String login) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((login + ":" + login).getBytes(StandardCharsets.UTF_8));
  }
}

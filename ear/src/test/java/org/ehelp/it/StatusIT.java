package org.ehelp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class StatusIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @ArquillianResource private URL portalUrl;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void returnsUp_whenDeployed() throws Exception {
    URI status = portalUrl.toURI().resolve("api/v1/status");

    HttpResponse<String> response = get(status);

    assertEquals(200, response.statusCode(), () -> status + " returned " + response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        () -> "Content-Type of " + status + ": " + response.headers().map());
    assertEquals("{\"status\":\"UP\"}", response.body().replace(" ", ""));
  }

  @Test
  void describesStatusEndpoint_whenOpenApiRequested() throws Exception {
    URI openApi = portalUrl.toURI().resolve("/openapi");

    HttpResponse<String> response = get(openApi);

    assertEquals(200, response.statusCode(), () -> openApi + " returned " + response.body());
    assertTrue(
        response.body().contains("/api/v1/status"),
        () -> openApi + " does not list /api/v1/status:\n" + response.body());
  }

  private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }
}

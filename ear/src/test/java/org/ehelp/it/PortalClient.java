package org.ehelp.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A portal user without a browser: signs in through the login form and reads pages with the HTTP
 * session cookie, for tests and benchmarks that need the server's answer, not a rendering.
 */
public final class PortalClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
  private static final Pattern TIMING =
      Pattern.compile(
          "id=\"serverTiming\"[^>]*data-millis=\"([0-9.]+)\"[^>]*data-statements=\"(\\d+)\"");

  private final HttpClient http;
  private final URL base;

  private PortalClient(URL base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** Signs in through the login form as a demo person, whose password is the login. */
  public static PortalClient signIn(URL base, String login) {
    PortalClient client = new PortalClient(base);
    String form = client.get("login.xhtml").body();
    Matcher state = VIEW_STATE.matcher(form);
    if (!state.find()) {
      throw new AssertionError("The login page has no view state: " + form);
    }
    Map<String, String> fields =
        Map.of(
            "login",
            "login",
            "login:username",
            login,
            "login:password",
            login,
            "login:signIn",
            "",
            "jakarta.faces.ViewState",
            state.group(1));
    HttpResponse<String> signedIn = client.post("login.xhtml", fields);
    if (signedIn.uri().getPath().endsWith("login.xhtml")) {
      throw new AssertionError("Sign-in as " + login + " failed: " + signedIn.body());
    }
    return client;
  }

  /** Reads a page by its path under the context root. */
  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  private HttpResponse<String> post(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("HTTP " + request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted", e);
    }
  }

  private URI uri(String path) {
    return URI.create(base.toString() + path);
  }

  /** The server timing a page ends with (see {@code ehelp.portal.server-timing}). */
  public record ServerTiming(double millis, long statements) {}

  /** Reads the server timing at the end of a page, which the test domain turns on. */
  public static ServerTiming timing(String page) {
    Matcher matcher = TIMING.matcher(page);
    if (!matcher.find()) {
      throw new AssertionError("The page has no server timing; is ehelp.portal.server-timing on?");
    }
    return new ServerTiming(Double.parseDouble(matcher.group(1)), Long.parseLong(matcher.group(2)));
  }
}

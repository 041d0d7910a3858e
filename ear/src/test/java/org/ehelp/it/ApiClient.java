package org.ehelp.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small client of the eHelp REST API for the integration tests: JSON in and out, with Basic or
 * Bearer authentication, and extra headers such as {@code If-Match} per call.
 */
final class ApiClient {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final URI portal;
  private final String authorization;

  private ApiClient(URI portal, String authorization) {
    this.portal = portal;
    this.authorization = authorization;
  }

  /** Returns a client that sends no credentials. */
  static ApiClient anonymous(URL portal) {
    return new ApiClient(toUri(portal), null);
  }

  /** Returns a client that sends the login and password with every call. */
  static ApiClient basic(URL portal, String login, String password) {
    String pair = login + ":" + password;
    String encoded = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    return new ApiClient(toUri(portal), "Basic " + encoded);
  }

  /** Returns a client that sends the API token secret with every call. */
  static ApiClient bearer(URL portal, String secret) {
    return new ApiClient(toUri(portal), "Bearer " + secret);
  }

  /** Returns a client that sends a raw {@code Authorization} header. */
  ApiClient withAuthorization(String header) {
    return new ApiClient(portal, header);
  }

  /**
   * Issues an API token for a demo account, whose password is its login, and returns a client that
   * uses it. One Basic call runs the slow password hash; every later call is fast.
   */
  static ApiClient withToken(URL portal, String login) {
    Response issued =
        basic(portal, login, login).post("me/tokens", json("name", "integration tests"));
    issued.expect(201);
    return bearer(portal, issued.json().getString("secret"));
  }

  Response get(String path, String... headers) {
    return send("GET", path, null, headers);
  }

  Response post(String path, JsonObject body, String... headers) {
    return send("POST", path, body == null ? null : body.toString(), headers);
  }

  Response put(String path, JsonObject body, String... headers) {
    return send("PUT", path, body == null ? null : body.toString(), headers);
  }

  Response delete(String path, String... headers) {
    return send("DELETE", path, null, headers);
  }

  /**
   * Sends one call to {@code path} under {@code /api/v1/}, or under the context root when it starts
   * with {@code /}.
   *
   * @param headers name and value pairs
   */
  Response send(String method, String path, String body, String... headers) {
    URI uri = path.startsWith("/") ? portal.resolve(path.substring(1)) : api().resolve(path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json, application/problem+json");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.setHeader(headers[i], headers[i + 1]);
    }
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    request.method(method, publisher);

    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(
          method + " " + uri, response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + uri + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(method + " " + uri + " was interrupted", e);
    }
  }

  private URI api() {
    return portal.resolve("api/v1/");
  }

  private static URI toUri(URL portal) {
    try {
      return portal.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Invalid portal URL " + portal, e);
    }
  }

  /**
   * Builds a JSON object from name and value pairs; values may be strings, numbers, booleans, JSON
   * values or null, which leaves the member out.
   */
  static JsonObject json(Object... pairs) {
    Map<String, Object> members = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      members.put((String) pairs[i], pairs[i + 1]);
    }
    JsonObjectBuilder builder = Json.createObjectBuilder();
    members.forEach(
        (name, value) -> {
          if (value instanceof String text) {
            builder.add(name, text);
          } else if (value instanceof Integer number) {
            builder.add(name, number);
          } else if (value instanceof Long number) {
            builder.add(name, number);
          } else if (value instanceof Boolean flag) {
            builder.add(name, flag);
          } else if (value instanceof JsonValue nested) {
            builder.add(name, nested);
          } else if (value != null) {
            builder.add(name, value.toString());
          }
        });
    return builder.build();
  }

  /** One HTTP response, with the call that produced it, for assertion messages. */
  record Response(String call, int status, HttpHeaders headers, String body) {

    JsonObject json() {
      return (JsonObject) parse();
    }

    JsonArray array() {
      return (JsonArray) parse();
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    String contentType() {
      return header("Content-Type");
    }

    /** Fails with the call, status and body unless the status is the expected one. */
    Response expect(int expected) {
      if (status != expected) {
        throw new AssertionError(
            call + ": expected HTTP " + expected + " but got " + status + ": " + body);
      }
      return this;
    }

    private JsonValue parse() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readValue();
      } catch (RuntimeException e) {
        throw new AssertionError(call + " returned " + status + " with no JSON: " + body, e);
      }
    }

    @Override
    public String toString() {
      return call + " -> " + status + " " + body;
    }
  }
}

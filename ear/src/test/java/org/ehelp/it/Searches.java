package org.ehelp.it;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Searches through {@code GET /api/v1/search} as a demo person, and waits for the indexer, which
 * applies changes within a second or so, when a test needs a change to be searchable.
 */
final class Searches {

  private static final Duration DEADLINE = Duration.ofSeconds(20);

  private final Helpdesk desk;
  private final String types;

  /** Searches every type of document. */
  Searches(Helpdesk desk) {
    this(desk, null);
  }

  /** Searches the given {@code types} (comma-separated), or every type when null. */
  Searches(Helpdesk desk, String types) {
    this.desk = desk;
    this.types = types;
  }

  /** Runs one search as {@code login} and returns the response body. */
  JsonObject query(String login, String text) {
    String path =
        "search?"
            + (types == null ? "" : "types=" + types + "&")
            + "q="
            + URLEncoder.encode(text, StandardCharsets.UTF_8);
    return desk.as(login).get(path).expect(200).json();
  }

  /** Repeats the search until {@code done} accepts its result, and returns that result. */
  JsonObject await(String login, String text, Predicate<JsonObject> done) {
    Instant end = Instant.now().plus(DEADLINE);
    JsonObject last = query(login, text);
    while (!done.test(last)) {
      if (Instant.now().isAfter(end)) {
        throw new AssertionError("Search for " + text + " as " + login + " still gives " + last);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      last = query(login, text);
    }
    return last;
  }

  /** Returns the ids of the hits of a search result, in their order. */
  static List<String> ids(JsonObject result) {
    return result.getJsonArray("hits").stream().map(h -> h.asJsonObject().getString("id")).toList();
  }

  /** Returns a word no other document contains, without digits so that it stays one token. */
  static String uniqueWord() {
    StringBuilder word = new StringBuilder("zq");
    for (char c : UUID.randomUUID().toString().replace("-", "").toCharArray()) {
      word.append((char) ('a' + Character.digit(c, 16)));
      if (word.length() == 12) {
        break;
      }
    }
    return word.toString();
  }
}

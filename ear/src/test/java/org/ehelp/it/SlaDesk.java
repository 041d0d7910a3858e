package org.ehelp.it;

import static org.ehelp.it.ApiClient.json;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.UUID;

/**
 * SLA set-ups of the integration tests, made by the demo admin over the API. Each test gets a
 * calendar and a policy of its own, on a category and priority no other test uses, so tests do not
 * see each other's deadlines.
 */
final class SlaDesk {

  private final Helpdesk desk;

  SlaDesk(Helpdesk desk) {
    this.desk = desk;
  }

  /** Creates a calendar open around the clock in UTC and returns its id. */
  long aroundTheClock() {
    JsonObject calendar =
        desk.as("admin")
            .post(
                "sla/calendars",
                json("name", "IT 24/7 " + suffix(), "timeZone", "UTC", "alwaysOpen", true))
            .expect(201)
            .json();
    return calendar.getJsonNumber("id").longValue();
  }

  /**
   * Creates an active policy and returns it.
   *
   * @param responseMinutes business minutes to take in charge
   * @param resolutionMinutes business minutes to resolve
   */
  JsonObject policy(
      String category,
      String priority,
      long calendarId,
      int responseMinutes,
      int resolutionMinutes) {
    return desk.as("admin")
        .post(
            "sla/policies",
            json(
                "name", "IT " + category + " " + priority + " " + suffix(),
                "categoryCode", category,
                "priority", priority,
                "calendarId", calendarId,
                "responseMinutes", responseMinutes,
                "resolutionMinutes", resolutionMinutes))
        .expect(201)
        .json();
  }

  /** Runs the check pass as of an instant, for these requests only. */
  JsonObject checkAt(Instant at, long... requestIds) {
    JsonArrayBuilder ids = Json.createArrayBuilder();
    for (long id : requestIds) {
      ids.add(id);
    }
    JsonObjectBuilder body =
        Json.createObjectBuilder().add("at", at.toString()).add("requests", ids);
    return desk.as("admin").post("sla/check", body.build()).expect(200).json();
  }

  /** Returns a request's SLA explanation, as the admin reads it. */
  JsonObject sla(long requestId) {
    return desk.as("admin").get("requests/" + requestId + "/sla").expect(200).json();
  }

  /** Returns one target of an explanation: RESPONSE or RESOLUTION. */
  static JsonObject target(JsonObject sla, String target) {
    return sla.getJsonArray("targets").stream()
        .map(t -> t.asJsonObject())
        .filter(t -> t.getString("target").equals(target))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No " + target + " target in " + sla));
  }

  /** Reads an instant member; JSON-B leaves out null members, so an absent one reads as null. */
  static Instant instant(JsonObject object, String member) {
    return isAbsent(object, member) ? null : Instant.parse(object.getString(member));
  }

  /** Checks whether a member is null or left out. */
  static boolean isAbsent(JsonObject object, String member) {
    return !object.containsKey(member) || object.isNull(member);
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}

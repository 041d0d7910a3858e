package org.ehelp.interfaces.rest.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ehelp.application.LifecycleRules;
import org.ehelp.application.LifecycleSettings;
import org.ehelp.application.SettingsService;
import org.ehelp.interfaces.rest.QueryParams;

/** Settings that administrators change at run time. */
@Path("settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class SettingsResource {

  @Inject private SettingsService settings;

  @GET
  @Path("lifecycle")
  @Operation(summary = "Read the lifecycle settings")
  @APIResponse(responseCode = "200", description = "The settings")
  @APIResponse(responseCode = "403", description = "The caller is not an administrator")
  public LifecycleSettingsDto lifecycle() {
    return dto(settings.lifecycle());
  }

  @PUT
  @Path("lifecycle")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change the lifecycle settings",
      description = "Replaces every setting; a null or missing value switches its setting off.")
  @APIResponse(responseCode = "200", description = "The settings now in force")
  @APIResponse(
      responseCode = "400",
      description =
          "autoCloseAfter is not an ISO-8601 duration, or a number of days is not 1 to 260")
  @APIResponse(responseCode = "403", description = "The caller is not an administrator")
  public LifecycleSettingsDto changeLifecycle(LifecycleSettingsDto body) {
    LifecycleSettingsDto given = QueryParams.body(body);
    String text = given.autoCloseAfter();
    Optional<Duration> delay =
        text == null || text.isBlank()
            ? Optional.empty()
            : Optional.of(LifecycleSettings.parseDelay(text));
    return dto(
        settings.changeLifecycle(
            new LifecycleRules(
                delay, days(given.remindAfterDays()), days(given.autoAcceptAfterDays()))));
  }

  private static OptionalInt days(Integer days) {
    return days == null ? OptionalInt.empty() : OptionalInt.of(days);
  }

  private static LifecycleSettingsDto dto(LifecycleRules rules) {
    return new LifecycleSettingsDto(
        rules.autoCloseAfter().map(Duration::toString).orElse(null),
        boxed(rules.remindAfterDays()),
        boxed(rules.autoAcceptAfterDays()));
  }

  private static Integer boxed(OptionalInt days) {
    return days.isPresent() ? days.getAsInt() : null;
  }
}

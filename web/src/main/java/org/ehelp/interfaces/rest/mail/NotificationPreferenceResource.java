package org.ehelp.interfaces.rest.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ehelp.application.notification.PreferenceService;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.model.notification.NotificationKind;
import org.ehelp.interfaces.rest.QueryParams;

/** The caller's own notification choices. */
@Path("me/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class NotificationPreferenceResource {

  @Inject private PreferenceService preferences;

  @GET
  @Operation(
      summary = "List my notification choices",
      description = "canTurnOff is false for notifications that reach me only where I must act.")
  @APIResponse(responseCode = "200", description = "The choices")
  public List<MailDtos.PreferenceDto> mine() {
    return dtos(preferences.mine());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change my notification choices",
      description = "A JSON object of kind to true or false; kinds left out keep their choice.")
  @APIResponse(responseCode = "200", description = "The choices after the change")
  @APIResponse(responseCode = "400", description = "An unknown kind, or one that cannot be off")
  public List<MailDtos.PreferenceDto> change(Map<String, Boolean> body) {
    Map<NotificationKind, Boolean> wanted = new EnumMap<>(NotificationKind.class);
    QueryParams.body(body)
        .forEach(
            (kind, enabled) -> {
              try {
                wanted.put(
                    NotificationKind.valueOf(kind.strip().toUpperCase(Locale.ROOT)), enabled);
              } catch (IllegalArgumentException e) {
                throw new InvalidInputException(
                    "EH-MAIL-400", "error.mail.preferenceUnknown", kind);
              }
            });
    return dtos(preferences.change(wanted));
  }

  private static List<MailDtos.PreferenceDto> dtos(List<PreferenceService.Choice> choices) {
    return choices.stream()
        .map(c -> new MailDtos.PreferenceDto(c.kind().name(), c.enabled(), c.canTurnOff()))
        .toList();
  }
}

package org.ehelp.interfaces.rest.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ehelp.application.notification.OutboxService;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.model.notification.OutboxState;
import org.ehelp.interfaces.rest.QueryParams;

/** The outbox of notifications; admins only. */
@Path("mail/outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mail")
public class OutboxResource {

  @Inject private OutboxService outbox;

  @GET
  @Operation(
      summary = "List notifications",
      description =
          "Newest first, with their state (PENDING, SENDING, SENT, FAILED), tries and last"
              + " error. Without a mail session (the demo) every notification stays PENDING here.")
  @APIResponse(responseCode = "200", description = "One page of notifications")
  @APIResponse(responseCode = "403", description = "The caller is not an administrator")
  public MailDtos.PageDto<MailDtos.OutboxDto> list(
      @Parameter(description = "PENDING, SENDING, SENT or FAILED; all when absent")
          @QueryParam("state")
          String state,
      @Parameter(description = "Only the notifications of this request (1042 or EH-1042)")
          @QueryParam("request")
          String request,
      @Parameter(description = "Rows to skip (default 0)") @QueryParam("offset") String offset,
      @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit")
          String limit) {
    Long requestId = request == null || request.isBlank() ? null : QueryParams.requestId(request);
    OutboxService.Page page =
        outbox.list(
            state(state),
            requestId,
            QueryParams.number("offset", offset, 0),
            QueryParams.number("limit", limit, 50));
    return new MailDtos.PageDto<>(
        page.items().stream().map(MailDtos.OutboxDto::of).toList(), page.total());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get a notification", description = "With its subject and text.")
  @APIResponse(responseCode = "200", description = "The notification")
  @APIResponse(responseCode = "404", description = "No such notification")
  public MailDtos.OutboxDto get(@PathParam("id") String id) {
    return MailDtos.OutboxDto.of(outbox.get(id(id)));
  }

  @POST
  @Path("{id}/retry")
  @Operation(
      summary = "Retry a failed notification",
      description = "Puts it back in line with a full set of tries.")
  @APIResponse(responseCode = "200", description = "The notification, PENDING again")
  @APIResponse(responseCode = "404", description = "No such notification")
  @APIResponse(responseCode = "409", description = "The notification has not failed")
  public MailDtos.OutboxDto retry(@PathParam("id") String id) {
    return MailDtos.OutboxDto.of(outbox.retry(id(id)));
  }

  private static long id(String value) {
    Long id = QueryParams.number("id", value);
    if (id == null) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.missing", "id");
    }
    return id;
  }

  private static OutboxState state(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OutboxState.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.invalid", "state", value);
    }
  }
}

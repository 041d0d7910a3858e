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
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ehelp.application.mail.QuarantineService;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.model.mail.QuarantineState;
import org.ehelp.interfaces.rest.QueryParams;

/** The quarantine of messages that could not be processed; admins only. */
@Path("mail/quarantine")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mail")
public class QuarantineResource {

  @Inject private QuarantineService quarantine;

  @GET
  @Operation(summary = "List quarantined messages", description = "Newest first.")
  @APIResponse(responseCode = "200", description = "One page of quarantined messages")
  @APIResponse(responseCode = "403", description = "The caller is not an administrator")
  public MailDtos.PageDto<MailDtos.QuarantinedDto> list(
      @Parameter(description = "OPEN, REPROCESSED or DISCARDED; all when absent")
          @QueryParam("state")
          String state,
      @Parameter(description = "Rows to skip (default 0)") @QueryParam("offset") String offset,
      @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit")
          String limit) {
    QuarantineService.Page page =
        quarantine.list(
            state(state),
            QueryParams.number("offset", offset, 0),
            QueryParams.number("limit", limit, 50));
    return new MailDtos.PageDto<>(
        page.items().stream().map(MailDtos.QuarantinedDto::of).toList(), page.total());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get a quarantined message", description = "Without its bytes.")
  @APIResponse(responseCode = "200", description = "The quarantined message")
  @APIResponse(responseCode = "404", description = "No such quarantined message")
  public MailDtos.QuarantinedDto get(@PathParam("id") String id) {
    return MailDtos.QuarantinedDto.of(quarantine.get(id(id)));
  }

  @GET
  @Path("{id}/raw")
  @Produces("message/rfc822")
  @Operation(summary = "Download a quarantined message", description = "The bytes as received.")
  @APIResponse(responseCode = "200", description = "The message, as message/rfc822")
  @APIResponse(responseCode = "404", description = "No such quarantined message")
  public Response raw(@PathParam("id") String id) {
    long quarantineId = id(id);
    byte[] raw = quarantine.raw(quarantineId);
    return Response.ok(raw, "message/rfc822")
        .header(
            "Content-Disposition", "attachment; filename=\"quarantine-" + quarantineId + ".eml\"")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @POST
  @Path("{id}/reprocess")
  @Operation(
      summary = "Reprocess a quarantined message",
      description =
          "Runs intake again on the stored bytes. On success the entry is REPROCESSED; on"
              + " failure it stays OPEN with the new reason (outcome QUARANTINED).")
  @APIResponse(responseCode = "200", description = "What intake did this time")
  @APIResponse(responseCode = "404", description = "No such quarantined message")
  @APIResponse(responseCode = "409", description = "The message was reprocessed or discarded")
  public MailDtos.IntakeResultDto reprocess(@PathParam("id") String id) {
    return MailDtos.IntakeResultDto.of(quarantine.reprocess(id(id)));
  }

  @POST
  @Path("{id}/discard")
  @Operation(summary = "Discard a quarantined message", description = "Its bytes are kept.")
  @APIResponse(responseCode = "204", description = "Discarded")
  @APIResponse(responseCode = "404", description = "No such quarantined message")
  public Response discard(@PathParam("id") String id) {
    quarantine.discard(id(id));
    return Response.noContent().build();
  }

  private static long id(String value) {
    Long id = QueryParams.number("id", value);
    if (id == null) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.missing", "id");
    }
    return id;
  }

  private static QuarantineState state(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return QuarantineState.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.invalid", "state", value);
    }
  }
}

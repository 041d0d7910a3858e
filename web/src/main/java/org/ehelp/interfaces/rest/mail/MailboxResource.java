package org.ehelp.interfaces.rest.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ehelp.application.mail.MailSettings;
import org.ehelp.application.mail.MailboxService;
import org.ehelp.domain.error.ConflictException;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.model.mail.MailProtocol;
import org.ehelp.domain.model.mail.MailSecurity;
import org.ehelp.domain.model.mail.MailboxSettings;
import org.ehelp.infrastructure.mail.MailboxPoller;
import org.ehelp.infrastructure.mail.MailboxReader;
import org.ehelp.interfaces.rest.QueryParams;

/** The mailboxes eHelp polls over IMAP or POP3; admins only. */
@Path("mail/mailboxes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mail")
public class MailboxResource {

  @Inject private MailboxService mailboxes;

  @Inject private MailboxPoller poller;

  @GET
  @Operation(summary = "List mailboxes", description = "Passwords are never returned.")
  @APIResponse(responseCode = "200", description = "The mailboxes")
  @APIResponse(responseCode = "403", description = "The caller is not an administrator")
  public List<MailDtos.MailboxDto> list() {
    return mailboxes.list().stream().map(MailDtos.MailboxDto::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add a mailbox",
      description =
          "protocol IMAP or POP3; security NONE, STARTTLS or TLS; port defaults to the usual one"
              + " (993, 143, 995, 110). trustCertificate accepts the server's certificate without"
              + " checking it, for test servers only.")
  @APIResponse(responseCode = "201", description = "The mailbox")
  @APIResponse(responseCode = "400", description = "A field is missing or invalid")
  @APIResponse(responseCode = "409", description = "The name is taken")
  public Response create(MailDtos.MailboxInputDto body) {
    MailDtos.MailboxDto created =
        MailDtos.MailboxDto.of(mailboxes.create(settings(QueryParams.body(body))));
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get a mailbox", description = "The password is never returned.")
  @APIResponse(responseCode = "200", description = "The mailbox")
  @APIResponse(responseCode = "404", description = "No such mailbox")
  public MailDtos.MailboxDto get(@PathParam("id") String id) {
    return MailDtos.MailboxDto.of(mailboxes.get(id(id)));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a mailbox", description = "A null password keeps the stored one.")
  @APIResponse(responseCode = "200", description = "The mailbox")
  @APIResponse(responseCode = "404", description = "No such mailbox")
  public MailDtos.MailboxDto update(@PathParam("id") String id, MailDtos.MailboxInputDto body) {
    return MailDtos.MailboxDto.of(mailboxes.update(id(id), settings(QueryParams.body(body))));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a mailbox", description = "Messages received stay recorded.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No such mailbox")
  public Response delete(@PathParam("id") String id) {
    mailboxes.delete(id(id));
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/poll")
  @Operation(summary = "Poll a mailbox now", description = "Whatever its interval.")
  @APIResponse(responseCode = "200", description = "What the poll did")
  @APIResponse(responseCode = "404", description = "No such mailbox")
  @APIResponse(responseCode = "409", description = "The mailbox is being polled already")
  public MailDtos.PollDto poll(@PathParam("id") String id) {
    long mailboxId = mailboxes.get(id(id)).getId();
    Optional<MailboxReader.PollReport> report = poller.pollNow(mailboxId);
    MailboxReader.PollReport done =
        report.orElseThrow(() -> new ConflictException("EH-MAIL-409", "portal.mail.settings.busy"));
    return new MailDtos.PollDto(done.read(), done.processed(), done.error());
  }

  private static MailboxSettings settings(MailDtos.MailboxInputDto in) {
    MailProtocol protocol = parse(MailProtocol.class, "protocol", in.protocol());
    MailSecurity security = parse(MailSecurity.class, "security", in.security());
    int port =
        in.port() != null
            ? in.port()
            : protocol == null || security == null
                ? 0
                : MailSettings.defaultPort(protocol, security);
    return new MailboxSettings(
        in.name() == null ? null : in.name().strip(),
        protocol,
        security,
        in.host() == null ? null : in.host().strip(),
        port,
        in.username(),
        in.password(),
        in.folder() == null || in.folder().isBlank() ? "INBOX" : in.folder().strip(),
        Boolean.TRUE.equals(in.trustCertificate()),
        in.pollIntervalSeconds() == null ? 60 : in.pollIntervalSeconds(),
        in.enabled() == null || in.enabled());
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.invalid", field, value);
    }
  }

  private static long id(String value) {
    Long id = QueryParams.number("id", value);
    if (id == null) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.missing", "id");
    }
    return id;
  }
}

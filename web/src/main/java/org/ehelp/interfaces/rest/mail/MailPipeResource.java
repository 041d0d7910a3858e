package org.ehelp.interfaces.rest.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ehelp.application.mail.IntakeResult;
import org.ehelp.application.mail.MailGateway;
import org.ehelp.application.mail.MailSettings;
import org.ehelp.interfaces.rest.QueryParams;

/**
 * The pipe endpoint: a mail server delivers a raw RFC 822 message here instead of to a mailbox, for
 * example with {@code curl -H "Authorization: Bearer $TOKEN" --data-binary @- -H "Content-Type:
 * message/rfc822" .../api/v1/mail/inbound} in an alias or a procmail rule.
 */
@Path("mail/inbound")
@RequestScoped
@Tag(name = "Mail")
public class MailPipeResource {

  private static final long MAX_DRAINED = 512L * 1024 * 1024;

  @Inject private MailGateway gateway;

  @Inject private MailSettings settings;

  @POST
  @Consumes({"message/rfc822", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Deliver a raw e-mail message",
      description =
          "The body is one whole RFC 822 message, as a mail server stores it (an mbox From line"
              + " first is allowed). It is processed like a message polled from a mailbox: it"
              + " opens a request, adds a comment, is ignored (auto-replies, bounces, loops), is"
              + " refused with a polite answer (unknown sender, too large) or goes to quarantine"
              + " when it cannot be processed. A message delivered twice (same Message-ID and"
              + " source) changes nothing. The answer is 202 in every one of these cases, so that"
              + " the mail server does not bounce it as well. Admins only: give the mail server an"
              + " admin's API token.")
  @APIResponse(responseCode = "202", description = "What intake did with the message")
  @APIResponse(responseCode = "400", description = "The body is empty")
  @APIResponse(responseCode = "401", description = "No or invalid credentials")
  @APIResponse(responseCode = "403", description = "The caller is not an administrator")
  public Response deliver(
      @Parameter(
              description =
                  "Names the source, such as the mail server; Message-IDs are"
                      + " unique per source (default: default)")
          @QueryParam("source")
          String source,
      @HeaderParam("Content-Length") String contentLength,
      InputStream body)
      throws IOException {
    long limit = settings.maxMessageBytes();
    byte[] raw =
        body == null ? new byte[0] : body.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE));
    long drained = raw.length > limit ? drain(body) : 0;
    long declared =
        QueryParams.number("Content-Length", contentLength) == null
            ? raw.length
            : QueryParams.number("Content-Length", contentLength);
    IntakeResult result = gateway.pipe(raw, Math.max(declared, raw.length + drained), source);
    return Response.accepted(MailDtos.IntakeResultDto.of(result))
        .type(MediaType.APPLICATION_JSON)
        .build();
  }

  /**
   * Reads and drops the rest of an oversized message, up to {@value #MAX_DRAINED} bytes, so that
   * the sender receives the response instead of a reset connection.
   *
   * @return the number of bytes dropped
   */
  private static long drain(InputStream body) throws IOException {
    long dropped = 0;
    byte[] buffer = new byte[64 * 1024];
    int read;
    while (dropped < MAX_DRAINED && (read = body.read(buffer)) > 0) {
      dropped += read;
    }
    return dropped;
  }
}

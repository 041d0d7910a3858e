package org.ehelp.interfaces.rest.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ehelp.application.mail.RequestFilesService;
import org.ehelp.interfaces.rest.QueryParams;

/** The messages received for a request, for whoever may read it. */
@Path("requests/{id}/messages")
@RequestScoped
@Tag(name = "Requests")
public class RequestMessageResource {

  @Inject private RequestFilesService files;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "List the messages received for a request",
      description = "With their sanitized HTML body, when the sender wrote HTML.")
  @APIResponse(responseCode = "200", description = "The messages, oldest first")
  @APIResponse(responseCode = "404", description = "No such request, or the caller may not see it")
  public List<MailDtos.ReceivedMessageDto> messages(@PathParam("id") String id) {
    return files.messages(QueryParams.requestId(id)).stream()
        .map(MailDtos.ReceivedMessageDto::of)
        .toList();
  }
}

package org.ehelp.interfaces.rest.request;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Takes any lifecycle action on a request: the one endpoint behind every change of state. */
@Path("requests/{id}/actions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Requests")
public class RequestActionResource {

  @Inject private ActionPerformer performer;

  @POST
  @Path("{action}")
  @Operation(
      summary = "Take an action",
      description =
          "Takes a lifecycle action, such as dispatch, start, mark-realized or"
              + " send-for-validation. The request's actions member lists those the caller may"
              + " take now. Send If-Match with the ETag last read to act only on that version.")
  @APIResponse(responseCode = "200", description = "Done", headers = @Header(name = "ETag"))
  @APIResponse(
      responseCode = "400",
      description = "Unknown action, or something it needs is missing")
  @APIResponse(
      responseCode = "403",
      description = "The caller's part on the request does not allow it")
  @APIResponse(responseCode = "404", description = "No such request, or the caller may not see it")
  @APIResponse(responseCode = "409", description = "Not possible in the request's current state")
  @APIResponse(responseCode = "412", description = "The request changed since the If-Match version")
  public Response perform(
      @PathParam("id") String id,
      @Parameter(description = "The action in kebab case, such as mark-realized")
          @PathParam("action")
          String action,
      @Parameter(description = "ETag of the version the caller saw") @HeaderParam("If-Match")
          String ifMatch,
      ActionDto body) {
    return performer.perform(id, ActionNames.parse(action), ifMatch, body, null);
  }
}

package org.ehelp.interfaces.rest.request;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ehelp.application.RequestDetails.CommentItem;
import org.ehelp.application.RequestService;
import org.ehelp.interfaces.rest.QueryParams;

/** Reads and adds comments; internal notes are written and read by service desk staff only. */
@Path("requests/{id}/comments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Requests")
public class RequestCommentResource {

  @Inject private RequestService requests;

  @GET
  @Operation(summary = "List comments", description = "Internal notes are left out for requesters.")
  @APIResponse(responseCode = "200", description = "The comments, oldest first")
  @APIResponse(responseCode = "404", description = "No such request, or the caller may not see it")
  public List<CommentDto> list(@PathParam("id") String id) {
    return requests.get(QueryParams.requestId(id)).comments().stream()
        .map(RequestMapper::comment)
        .toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a comment", description = "internal: true writes a staff-only note.")
  @APIResponse(responseCode = "201", description = "The comment added")
  @APIResponse(responseCode = "400", description = "Empty, too long, or internal from a requester")
  @APIResponse(responseCode = "404", description = "No such request, or the caller may not see it")
  @APIResponse(responseCode = "409", description = "The request is closed or rejected")
  public Response add(@PathParam("id") String id, NewCommentDto body) {
    NewCommentDto comment = QueryParams.body(body);
    CommentItem added =
        requests.comment(
            QueryParams.requestId(id), comment.body(), Boolean.TRUE.equals(comment.internal()));
    return Response.status(Response.Status.CREATED).entity(RequestMapper.comment(added)).build();
  }
}

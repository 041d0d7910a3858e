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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ehelp.domain.model.request.Action;

/** Shortcuts for the approval actions; each takes the same path as the actions endpoint. */
@Path("requests/{id}/approvals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Requests")
public class RequestApprovalResource {

  @Inject private ActionPerformer performer;

  @POST
  @Operation(
      summary = "Ask a responsible for approval",
      description = "The ask-approval action: responsibleId and text (the question).")
  @APIResponse(responseCode = "200", description = "The request, awaiting approval")
  public Response askApproval(
      @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, ActionDto body) {
    return performer.perform(id, Action.ASK_APPROVAL, ifMatch, body, null);
  }

  @POST
  @Path("current/{decision: approve|refuse}")
  @Operation(
      summary = "Decide the pending approval",
      description = "The approve and refuse-approval actions; refusing needs text (the reason).")
  @APIResponse(responseCode = "200", description = "The request, back in progress")
  public Response decide(
      @PathParam("id") String id,
      @PathParam("decision") String decision,
      @HeaderParam("If-Match") String ifMatch,
      ActionDto body) {
    Action action = decision.equals("approve") ? Action.APPROVE : Action.REFUSE_APPROVAL;
    return performer.perform(id, action, ifMatch, body, null);
  }
}

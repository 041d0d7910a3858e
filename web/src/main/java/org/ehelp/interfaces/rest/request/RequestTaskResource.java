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
import org.ehelp.interfaces.rest.QueryParams;

/** Shortcuts for the task actions; each takes the same path as the actions endpoint. */
@Path("requests/{id}/tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Requests")
public class RequestTaskResource {

  @Inject private ActionPerformer performer;

  @POST
  @Operation(
      summary = "Give a task to a contributor",
      description = "The add-task action: contributorId, text (the task) and an optional dueDate.")
  @APIResponse(responseCode = "200", description = "The request with its new task")
  public Response addTask(
      @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, ActionDto body) {
    return performer.perform(id, Action.ADD_TASK, ifMatch, body, null);
  }

  @POST
  @Path("{taskId}/{verb: start|complete|cancel}")
  @Operation(
      summary = "Start, complete or cancel a task",
      description =
          "The start-task, complete-task (text: the note) and cancel-task (text: the reason)"
              + " actions.")
  @APIResponse(responseCode = "200", description = "The request after the change of the task")
  public Response moveTask(
      @PathParam("id") String id,
      @PathParam("taskId") String taskId,
      @PathParam("verb") String verb,
      @HeaderParam("If-Match") String ifMatch,
      ActionDto body) {
    Action action =
        switch (verb) {
          case "start" -> Action.START_TASK;
          case "complete" -> Action.COMPLETE_TASK;
          default -> Action.CANCEL_TASK;
        };
    return performer.perform(id, action, ifMatch, body, QueryParams.number("taskId", taskId));
  }
}

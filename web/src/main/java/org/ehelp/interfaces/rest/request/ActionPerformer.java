package org.ehelp.interfaces.rest.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.ehelp.application.ActionCommand;
import org.ehelp.application.RequestDetails;
import org.ehelp.application.RequestService;
import org.ehelp.domain.model.request.Action;
import org.ehelp.domain.model.request.Priority;
import org.ehelp.interfaces.rest.QueryParams;

/**
 * Performs a lifecycle action for every endpoint that offers one, so that the generic actions
 * endpoint and the task and approval shortcuts respond the same way.
 */
@ApplicationScoped
public class ActionPerformer {

  @Inject private RequestService requests;

  /**
   * Performs the action and returns the request after it, with its new ETag.
   *
   * @param ifMatch the {@code If-Match} header, or null to act on the current version
   * @param body what the action needs, or null when the client sent no body
   * @param taskId the task named in the path, which wins over the body's, or null
   */
  public Response perform(String id, Action action, String ifMatch, ActionDto body, Long taskId) {
    ActionDto input = body == null ? ActionDto.EMPTY : body;
    ActionCommand command =
        new ActionCommand(
            action,
            EntityTags.expectedVersion(ifMatch),
            input.text(),
            input.technicianId(),
            input.responsibleId(),
            input.contributorId(),
            taskId == null ? input.taskId() : taskId,
            input.dueDate(),
            input.resumeAt(),
            QueryParams.constant("priority", input.priority(), Priority.class),
            input.categoryCode());

    RequestDetails after = requests.perform(QueryParams.requestId(id), command);

    return Response.ok(RequestMapper.request(after)).tag(EntityTags.of(after.version())).build();
  }
}

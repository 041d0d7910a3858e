package org.ehelp.interfaces.rest.sla;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ehelp.application.sla.SlaExplanations;
import org.ehelp.interfaces.rest.QueryParams;

/** The SLA of one request, explained, for anyone who may read the request. */
@Path("requests/{id}/sla")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Requests")
public class RequestSlaResource {

  @Inject private SlaExplanations explanations;

  @GET
  @Operation(
      summary = "Explain a request's SLA deadlines",
      description =
          "The policy and calendar used and, per target, the business periods counted, the"
              + " holidays and pauses skipped, the thresholds marked; staff also see the alerts.")
  @APIResponse(responseCode = "200", description = "The explanation")
  @APIResponse(responseCode = "404", description = "No such request, or the caller may not see it")
  public SlaExplanationDto explain(
      @Parameter(description = "Request id, such as 1042 or EH-1042") @PathParam("id") String id) {
    return SlaMapper.explanation(explanations.explain(QueryParams.requestId(id)));
  }
}

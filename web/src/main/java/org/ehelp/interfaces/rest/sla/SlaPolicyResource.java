package org.ehelp.interfaces.rest.sla;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ehelp.application.sla.PolicyView;
import org.ehelp.application.sla.SlaAdministration;
import org.ehelp.interfaces.rest.QueryParams;
import org.ehelp.interfaces.rest.request.EntityTags;

/** SLA policies: admins only. */
@Path("sla/policies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "SLA", description = "Policies, business calendars, the check pass and the report")
public class SlaPolicyResource {

  @Inject private SlaAdministration administration;

  @Context private UriInfo uriInfo;

  @GET
  @Operation(summary = "List the SLA policies", description = "Active and inactive, by name.")
  @APIResponse(responseCode = "200", description = "The policies")
  @APIResponse(responseCode = "403", description = "The caller is not an administrator")
  public List<PolicyDto> list() {
    return administration.policies().stream().map(SlaMapper::policy).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read an SLA policy")
  @APIResponse(responseCode = "200", description = "The policy, with its ETag")
  @APIResponse(responseCode = "404", description = "No such policy")
  public Response get(@PathParam("id") String id) {
    PolicyView policy = administration.policy(QueryParams.number("id", id));
    return Response.ok(SlaMapper.policy(policy)).tag(EntityTags.of(policy.version())).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create an SLA policy",
      description =
          "Targets are business minutes in the policy's calendar, or in the default calendar."
              + " The open requests it applies to are recomputed before the call returns (up to"
              + " 2,000; the check pass recomputes the rest).")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", description = "A field is missing or invalid")
  @APIResponse(
      responseCode = "409",
      description = "The name is taken, or an active policy has the same criteria")
  public Response create(PolicyDto body) {
    PolicyView created = administration.createPolicy(SlaMapper.draft(body));
    URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
    return Response.created(location)
        .entity(SlaMapper.policy(created))
        .tag(EntityTags.of(created.version()))
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change an SLA policy",
      description =
          "Replaces every field; set active to false to stop applying it. The open requests it"
              + " applied to or applies to now are recomputed.")
  @APIResponse(responseCode = "200", description = "Changed")
  @APIResponse(responseCode = "404", description = "No such policy")
  @APIResponse(responseCode = "412", description = "Changed by someone else since the If-Match")
  public Response update(
      @PathParam("id") String id,
      @Parameter(description = "The ETag read, to refuse a lost update") @HeaderParam("If-Match")
          String ifMatch,
      PolicyDto body) {
    PolicyView updated =
        administration.updatePolicy(
            QueryParams.number("id", id),
            EntityTags.expectedVersion(ifMatch),
            SlaMapper.draft(body));
    return Response.ok(SlaMapper.policy(updated)).tag(EntityTags.of(updated.version())).build();
  }
}

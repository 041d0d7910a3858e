package org.ehelp.interfaces.rest.request;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ehelp.application.NewRequest;
import org.ehelp.application.Page;
import org.ehelp.application.RequestDetails;
import org.ehelp.application.RequestService;
import org.ehelp.application.RequestService.Filed;
import org.ehelp.application.RequestSummary;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.model.request.Channel;
import org.ehelp.domain.model.request.Priority;
import org.ehelp.domain.model.request.RequestFilter;
import org.ehelp.domain.model.request.RequestOrder;
import org.ehelp.domain.model.request.RequestState;
import org.ehelp.domain.model.sla.SlaLevel;
import org.ehelp.interfaces.rest.QueryParams;

/** Files, lists and reads requests. Actions, tasks, approvals and comments have their own. */
@Path("requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Requests", description = "Requests for assistance and their history")
public class RequestResource {

  private static final Logger LOG = Logger.getLogger(RequestResource.class.getName());

  @Inject private RequestService requests;

  @Context private UriInfo uriInfo;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "File a request",
      description =
          "Files a request for the caller, or for requesterId. With an Idempotency-Key, a repeated"
              + " call returns the request the first call filed, with 200 instead of 201.")
  @APIResponse(
      responseCode = "201",
      description = "Filed",
      headers = {@Header(name = "Location"), @Header(name = "ETag")})
  @APIResponse(responseCode = "200", description = "Filed earlier under the same Idempotency-Key")
  @APIResponse(responseCode = "400", description = "A field is missing or invalid")
  public Response file(
      NewRequestDto body,
      @Parameter(description = "Client key, 1 to 200 characters, that makes retries safe")
          @HeaderParam("Idempotency-Key")
          String idempotencyKey) {
    NewRequestDto input = QueryParams.body(body);
    NewRequest command =
        new NewRequest(
            input.title(),
            input.description(),
            input.categoryCode(),
            QueryParams.constant("priority", input.priority(), Priority.class),
            input.requesterId(),
            Channel.API);

    Filed filed = fileOnce(command, idempotencyKey);

    RequestDto request = RequestMapper.request(filed.request());
    URI location = uriInfo.getBaseUriBuilder().path("requests").path("{id}").build(request.id());
    Response.ResponseBuilder response =
        filed.replayed()
            ? Response.ok(request).location(location)
            : Response.created(location).entity(request);
    return response.tag(EntityTags.of(request.version())).build();
  }

  private Filed fileOnce(NewRequest command, String idempotencyKey) {
    try {
      return requests.file(command, idempotencyKey);
    } catch (EJBException e) {
      if (idempotencyKey == null || !isConstraintViolation(e)) {
        throw e;
      }
      // A concurrent call with the same key stored it first and this transaction rolled back, so
      // the second try finds the request that call filed.
      LOG.fine("Concurrent use of an Idempotency-Key; returning the request filed first");
      return requests.file(command, idempotencyKey);
    }
  }

  private static boolean isConstraintViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  @GET
  @Operation(
      summary = "List requests",
      description =
          "Lists the requests the caller may see, newest first or by SLA deadline (sort). Follow"
              + " the next cursor, or the Link header with rel=\"next\", for the following page.")
  @APIResponse(responseCode = "200", description = "One page", headers = @Header(name = "Link"))
  @APIResponse(responseCode = "400", description = "A parameter is invalid")
  public Response list(
      @Parameter(description = "Only these states; repeat it or separate states with commas")
          @QueryParam("state")
          List<String> states,
      @Parameter(description = "Person id of the requester or filer") @QueryParam("requester")
          String requester,
      @Parameter(description = "Person id of the assigned technician") @QueryParam("technician")
          String technician,
      @Parameter(description = "Category code") @QueryParam("category") String category,
      @Parameter(description = "Created at or after: an ISO-8601 instant or date")
          @QueryParam("createdFrom")
          String createdFrom,
      @Parameter(description = "Created before: an ISO-8601 instant, or a date, included")
          @QueryParam("createdTo")
          String createdTo,
      @Parameter(description = "Text the title contains, ignoring case") @QueryParam("q")
          String text,
      @Parameter(
              description =
                  "Only requests at these SLA levels (none, on_track, paused, warning, breached,"
                      + " met, missed); repeat it or separate levels with commas")
          @QueryParam("sla")
          List<String> slaLevels,
      @Parameter(
              description =
                  "created (default): newest first; due: earliest SLA deadline of the current"
                      + " target first, requests without a running deadline last")
          @QueryParam("sort")
          String sort,
      @Parameter(description = "Page size, 1 to 200; 50 when absent") @QueryParam("limit")
          String limit,
      @Parameter(description = "The next cursor of the previous page") @QueryParam("cursor")
          String cursor) {
    RequestFilter filter =
        new RequestFilter(
                QueryParams.constants("state", states, RequestState.class),
                QueryParams.number("requester", requester),
                QueryParams.number("technician", technician),
                category,
                QueryParams.instant("createdFrom", createdFrom, false),
                QueryParams.instant("createdTo", createdTo, true),
                text)
            .withSla(QueryParams.constants("sla", slaLevels, SlaLevel.class), order(sort));

    Page<RequestSummary> page =
        requests.list(filter, cursor, QueryParams.number("limit", limit, 50));

    Response.ResponseBuilder response = Response.ok(RequestMapper.page(page));
    if (page.next() != null) {
      URI next = uriInfo.getRequestUriBuilder().replaceQueryParam("cursor", page.next()).build();
      response.links(Link.fromUri(next).rel("next").build());
    }
    return response.build();
  }

  private static RequestOrder order(String sort) {
    if (sort == null || sort.isBlank() || sort.strip().equalsIgnoreCase("created")) {
      return RequestOrder.NEWEST;
    }
    if (sort.strip().equalsIgnoreCase("due")) {
      return RequestOrder.SLA_DUE;
    }
    throw new InvalidInputException("EH-INPUT-400", "error.input.invalid", "sort", sort);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "Read a request",
      description = "Returns the request with its ETag; If-None-Match gives 304 when unchanged.")
  @APIResponse(responseCode = "200", description = "The request", headers = @Header(name = "ETag"))
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent")
  @APIResponse(responseCode = "404", description = "No such request, or the caller may not see it")
  public Response get(
      @Parameter(description = "Request id, such as 1042 or EH-1042") @PathParam("id") String id,
      @Context Request conditions) {
    RequestDetails details = requests.get(QueryParams.requestId(id));

    EntityTag tag = EntityTags.of(details.version());
    Response.ResponseBuilder unchanged = conditions.evaluatePreconditions(tag);
    if (unchanged != null) {
      return unchanged.tag(tag).build();
    }
    return Response.ok(RequestMapper.request(details)).tag(tag).build();
  }

  @GET
  @Path("{id}/history")
  @Operation(summary = "Read a request's history", description = "One entry per action, by seq.")
  @APIResponse(responseCode = "200", description = "The history")
  @APIResponse(responseCode = "404", description = "No such request, or the caller may not see it")
  public List<HistoryEntryDto> history(@PathParam("id") String id) {
    return requests.get(QueryParams.requestId(id)).history().stream()
        .map(RequestMapper::history)
        .toList();
  }
}

package org.ehelp.interfaces.rest.majorevent;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.ehelp.application.NewRequest;
import org.ehelp.application.RequestDetails;
import org.ehelp.application.majorevent.MajorEventService;
import org.ehelp.application.majorevent.MajorEventView;
import org.ehelp.domain.model.request.Channel;
import org.ehelp.domain.model.request.Priority;
import org.ehelp.domain.model.request.RequestNumber;
import org.ehelp.interfaces.rest.QueryParams;
import org.ehelp.interfaces.rest.majorevent.MajorEventDtos.AttachInputDto;
import org.ehelp.interfaces.rest.majorevent.MajorEventDtos.AttachedDto;
import org.ehelp.interfaces.rest.majorevent.MajorEventDtos.EndInputDto;
import org.ehelp.interfaces.rest.majorevent.MajorEventDtos.EndedDto;
import org.ehelp.interfaces.rest.majorevent.MajorEventDtos.MajorEventDto;
import org.ehelp.interfaces.rest.majorevent.MajorEventDtos.MajorEventInputDto;
import org.ehelp.interfaces.rest.majorevent.MajorEventDtos.UpdateInputDto;
import org.ehelp.interfaces.rest.request.NewRequestDto;
import org.ehelp.interfaces.rest.request.RequestDto;
import org.ehelp.interfaces.rest.request.RequestMapper;

/**
 * Major events: everyone reads them and may file a request attached to a current one; the call
 * center and admins record, update and end them and attach requests in bulk.
 */
@Path("major-events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Major events")
public class MajorEventResource {

  @Inject private MajorEventService events;

  @Context private UriInfo uriInfo;

  @GET
  @Operation(summary = "List major events, newest start first")
  @APIResponse(responseCode = "200", description = "The events")
  public List<MajorEventDto> list(
      @Parameter(description = "true for the events under way now only")
          @QueryParam("current")
          @DefaultValue("false")
          boolean current,
      @Parameter(
              description =
                  "With current=true, only the events that affect this category: the events a"
                      + " client should offer before filing a request in it")
          @QueryParam("category")
          String category) {
    List<MajorEventView> found;
    if (!current) {
      found = events.list();
    } else if (category == null || category.isBlank()) {
      found = events.current();
    } else {
      found = events.currentFor(category.strip());
    }
    return found.stream().map(MajorEventDtos::event).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read a major event with its updates")
  @APIResponse(responseCode = "200", description = "The event")
  @APIResponse(responseCode = "404", description = "No such event")
  public MajorEventDto get(@PathParam("id") String id) {
    return MajorEventDtos.event(events.get(QueryParams.number("id", id)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record a major event (call center, admins)")
  @APIResponse(responseCode = "201", description = "Recorded")
  @APIResponse(responseCode = "400", description = "A field is missing or invalid")
  @APIResponse(responseCode = "403", description = "The caller is not in the call center")
  public Response create(MajorEventInputDto body) {
    MajorEventDto created = MajorEventDtos.event(events.create(MajorEventDtos.draft(body)));
    URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
    return Response.created(location).entity(created).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Correct a major event's text, window or what it affects, silently")
  @APIResponse(responseCode = "200", description = "The corrected event")
  public MajorEventDto change(@PathParam("id") String id, MajorEventInputDto body) {
    return MajorEventDtos.event(
        events.change(QueryParams.number("id", id), MajorEventDtos.draft(body)));
  }

  @POST
  @Path("{id}/updates")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Post an update",
      description =
          "Mails the update once to every requester and filer of the attached requests, and may"
              + " move the expected end.")
  @APIResponse(responseCode = "200", description = "The event with the new update")
  @APIResponse(responseCode = "409", description = "The event has ended")
  public MajorEventDto postUpdate(@PathParam("id") String id, UpdateInputDto body) {
    UpdateInputDto input = QueryParams.body(body);
    return MajorEventDtos.event(
        events.postUpdate(QueryParams.number("id", id), input.text(), input.expectedEndAt()));
  }

  @POST
  @Path("{id}/end")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "End a major event",
      description =
          "Mails the closing message once to every requester and filer of the attached requests;"
              + " with closeRequests, also closes the attached requests that are submitted,"
              + " dispatched, realized or refused, with the message as closing note.")
  @APIResponse(responseCode = "200", description = "Ended, with how many requests were closed")
  @APIResponse(responseCode = "409", description = "The event has already ended")
  public EndedDto end(@PathParam("id") String id, EndInputDto body) {
    EndInputDto input = QueryParams.body(body);
    return MajorEventDtos.ended(
        events.end(QueryParams.number("id", id), input.text(), input.closeRequests()));
  }

  @GET
  @Path("{id}/requests")
  @Operation(summary = "List the numbers of the requests attached to an event (call center)")
  @APIResponse(responseCode = "200", description = "Request numbers, in the order attached")
  public List<String> attached(@PathParam("id") String id) {
    return numbers(events.attachedRequestIds(QueryParams.number("id", id)));
  }

  @POST
  @Path("{id}/requests/attach")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Attach requests to an event in bulk (call center)")
  @APIResponse(responseCode = "200", description = "How many were added; already attached skip")
  @APIResponse(responseCode = "404", description = "No such event or request")
  public AttachedDto attach(@PathParam("id") String id, AttachInputDto body) {
    AttachInputDto input = QueryParams.body(body);
    long eventId = QueryParams.number("id", id);
    List<Long> requestIds =
        (input.requests() == null ? List.<String>of() : input.requests())
            .stream().map(QueryParams::requestId).toList();

    int added = events.attach(eventId, requestIds);

    return new AttachedDto(added, numbers(events.attachedRequestIds(eventId)));
  }

  @POST
  @Path("{id}/requests")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "File a request as the same problem as a current event",
      description =
          "Files the request as POST /requests does and attaches it to the event, so that its"
              + " requester receives the event's updates. The event must be under way.")
  @APIResponse(responseCode = "201", description = "Filed and attached")
  @APIResponse(responseCode = "409", description = "The event is not under way")
  public Response file(
      @PathParam("id") String id,
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

    RequestDetails filed =
        events.fileAttached(QueryParams.number("id", id), command, idempotencyKey);

    RequestDto request = RequestMapper.request(filed);
    URI location = uriInfo.getBaseUriBuilder().path("requests").path("{id}").build(request.id());
    return Response.created(location).entity(request).build();
  }

  private static List<String> numbers(List<Long> ids) {
    return ids.stream().map(i -> new RequestNumber(i).toString()).toList();
  }
}

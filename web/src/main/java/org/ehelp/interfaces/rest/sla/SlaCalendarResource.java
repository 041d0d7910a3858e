package org.ehelp.interfaces.rest.sla;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.ehelp.application.sla.CalendarView;
import org.ehelp.application.sla.SlaAdministration;
import org.ehelp.application.sla.SlaAdministration.HolidayImport;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.interfaces.rest.QueryParams;
import org.ehelp.interfaces.rest.request.EntityTags;

/** Business calendars and their holidays: admins only. */
@Path("sla/calendars")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "SLA")
public class SlaCalendarResource {

  /** Largest iCalendar file accepted, in characters. */
  private static final int MAX_ICALENDAR = 2 * 1024 * 1024;

  @Inject private SlaAdministration administration;

  @Context private UriInfo uriInfo;

  @GET
  @Operation(summary = "List the business calendars")
  @APIResponse(responseCode = "200", description = "The calendars, by name")
  @APIResponse(responseCode = "403", description = "The caller is not an administrator")
  public List<CalendarDto> list() {
    return administration.calendars().stream().map(SlaMapper::calendar).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read a business calendar")
  @APIResponse(responseCode = "200", description = "The calendar, with its ETag")
  @APIResponse(responseCode = "404", description = "No such calendar")
  public Response get(@PathParam("id") String id) {
    CalendarView calendar = administration.calendar(QueryParams.number("id", id));
    return Response.ok(SlaMapper.calendar(calendar)).tag(EntityTags.of(calendar.version())).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a business calendar",
      description =
          "A time zone, slots per weekday such as 09:00-12:00 and 14:00-18:00, holidays, or"
              + " alwaysOpen for 24/7. With defaultCalendar, policies without a calendar count in"
              + " it from now on.")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", description = "A field is missing or invalid")
  @APIResponse(responseCode = "409", description = "The name is taken")
  public Response create(CalendarDto body) {
    CalendarView created = administration.createCalendar(SlaMapper.draft(body));
    URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
    return Response.created(location)
        .entity(SlaMapper.calendar(created))
        .tag(EntityTags.of(created.version()))
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a business calendar",
      description =
          "Replaces the name, zone and hours, and the holidays when given. The deadlines of the"
              + " open requests counting in it are recomputed before the call returns (up to"
              + " 2,000; the check pass recomputes the rest).")
  @APIResponse(responseCode = "200", description = "Changed")
  @APIResponse(responseCode = "404", description = "No such calendar")
  @APIResponse(responseCode = "412", description = "Changed by someone else since the If-Match")
  public Response update(
      @PathParam("id") String id,
      @Parameter(description = "The ETag read, to refuse a lost update") @HeaderParam("If-Match")
          String ifMatch,
      CalendarDto body) {
    CalendarView updated =
        administration.updateCalendar(
            QueryParams.number("id", id),
            EntityTags.expectedVersion(ifMatch),
            SlaMapper.draft(body));
    return Response.ok(SlaMapper.calendar(updated)).tag(EntityTags.of(updated.version())).build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a business calendar that nothing uses")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(
      responseCode = "409",
      description = "It is the default calendar, or a policy or a request uses it")
  public Response delete(@PathParam("id") String id) {
    administration.deleteCalendar(QueryParams.number("id", id));
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/holidays")
  @Consumes({"text/calendar", MediaType.TEXT_PLAIN})
  @Operation(
      summary = "Import holidays from an iCalendar file",
      description =
          "Reads each VEVENT: DTSTART, DTEND or DURATION, SUMMARY, and a yearly RRULE. Events it"
              + " cannot read are listed with the reason and not imported.")
  @APIResponse(responseCode = "200", description = "What was added and skipped")
  @APIResponse(responseCode = "400", description = "Not an iCalendar file")
  public HolidayImportDto importHolidays(
      @PathParam("id") String id,
      @Parameter(description = "Keep only dated holidays from this year on") @QueryParam("fromYear")
          String fromYear,
      @Parameter(description = "Keep only dated holidays up to this year") @QueryParam("toYear")
          String toYear,
      @Parameter(description = "Drop the calendar's holidays first")
          @QueryParam("replace")
          @DefaultValue("false")
          boolean replace,
      String icalendar) {
    if (icalendar != null && icalendar.length() > MAX_ICALENDAR) {
      throw new InvalidInputException(
          "EH-INPUT-400", "error.input.tooLong", "iCalendar file", MAX_ICALENDAR);
    }
    Long from = QueryParams.number("fromYear", fromYear);
    Long to = QueryParams.number("toYear", toYear);
    HolidayImport result =
        administration.importHolidays(
            QueryParams.number("id", id),
            icalendar,
            from == null ? null : from.intValue(),
            to == null ? null : to.intValue(),
            replace);
    return new HolidayImportDto(
        SlaMapper.calendar(result.calendar()), result.added(), result.skipped());
  }
}

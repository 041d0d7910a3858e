package org.ehelp.interfaces.rest.sla;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ehelp.application.sla.SlaAdministration;
import org.ehelp.application.sla.SlaCheck;
import org.ehelp.application.sla.SlaExplanations;
import org.ehelp.application.sla.SlaReport;
import org.ehelp.application.sla.SlaReporting;
import org.ehelp.application.sla.SlaSettings;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.model.request.RequestState;
import org.ehelp.interfaces.rest.QueryParams;
import org.ehelp.interfaces.rest.error.Locales;

/** SLA settings, the check pass, the report and breach contacts: admins only. */
@Path("sla")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "SLA")
public class SlaResource {

  @Inject private SlaAdministration administration;

  @Inject private SlaReporting reporting;

  @GET
  @Path("settings")
  @Operation(summary = "Read the SLA settings")
  @APIResponse(responseCode = "200", description = "The settings")
  @APIResponse(responseCode = "403", description = "The caller is not an administrator")
  public SlaSettingsDto settings() {
    Set<RequestState> paused = administration.pausedStates();
    SlaSettings settings = administration.settings();
    return new SlaSettingsDto(
        paused.stream().sorted().map(Enum::name).toList(),
        SlaExplanations.pausableStates().stream().map(Enum::name).toList(),
        settings.checkInterval().toString(),
        settings.notifyOutsideHours(),
        settings.adjustableClock());
  }

  @PUT
  @Path("settings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Choose the states that pause the resolution clock",
      description =
          "Reads pausedStates only; every open request is recomputed. The other settings come"
              + " from the configuration.")
  @APIResponse(responseCode = "200", description = "The settings after the change")
  @APIResponse(responseCode = "400", description = "A state may not pause the clock")
  public SlaSettingsDto changeSettings(SlaSettingsDto body) {
    SlaSettingsDto input = QueryParams.body(body);
    Set<RequestState> states =
        input.pausedStates() == null
            ? EnumSet.noneOf(RequestState.class)
            : QueryParams.constants("pausedStates", input.pausedStates(), RequestState.class);
    administration.changePausedStates(states);
    return settings();
  }

  @POST
  @Path("check")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Run the check pass now",
      description =
          "Marks the requests that reached a warning threshold or a deadline and raises their"
              + " alerts, as the timer does. With ehelp.sla.clock=adjustable, at and requests run"
              + " it as of another instant and for chosen requests only (tests and demos).")
  @APIResponse(responseCode = "200", description = "What the pass did")
  @APIResponse(responseCode = "409", description = "at or requests given with a system clock")
  public CheckResultDto check(CheckDto body) {
    CheckDto input = body == null ? new CheckDto(null, null) : body;
    SlaCheck.Result result =
        administration.runCheck(
            input.at(), input.requests() == null ? List.of() : List.copyOf(input.requests()));
    return new CheckResultDto(result.at(), result.checked(), result.marked(), result.millis());
  }

  @GET
  @Path("report")
  @Operation(
      summary = "Build the SLA report",
      description =
          "Compliance of the requests filed from the first day of from to the last day of to, by"
              + " category, technician and month, with the business hours each party held them.")
  @APIResponse(responseCode = "200", description = "The report")
  @APIResponse(responseCode = "400", description = "A month is invalid or the range too long")
  public SlaReportDto report(
      @Parameter(description = "First month, YYYY-MM; eleven months before to when absent")
          @QueryParam("from")
          String from,
      @Parameter(description = "Last month, YYYY-MM, included; this month when absent")
          @QueryParam("to")
          String to) {
    return SlaMapper.report(build(from, to));
  }

  @GET
  @Path("report.csv")
  @Produces("text/csv")
  @Operation(
      summary = "Export the SLA report as CSV",
      description =
          "The same report, one line per group. A cell starting with =, +, -, @, a tab or a"
              + " carriage return gets a leading apostrophe, so spreadsheets show it as text.")
  @APIResponse(responseCode = "200", description = "The CSV file")
  public Response reportCsv(
      @QueryParam("from") String from, @QueryParam("to") String to, @Context HttpHeaders headers) {
    SlaReport report = build(from, to);
    Locale locale = Locales.preferred(headers.getAcceptableLanguages());
    String csv = reporting.csv(report, locale);
    String file = "sla-report-" + report.from() + "-" + report.to() + ".csv";
    return Response.ok(csv, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
        .build();
  }

  @PUT
  @Path("categories/{code}/responsible")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Choose who hears of breaches in a category",
      description =
          "Besides the technician and the call center. Without personId, no one else receives"
              + " the breach alerts of the category.")
  @APIResponse(responseCode = "204", description = "Set")
  @APIResponse(responseCode = "404", description = "No such category")
  public Response assignResponsible(@PathParam("code") String code, ResponsibleDto body) {
    administration.assignCategoryResponsible(code, body == null ? null : body.personId());
    return Response.noContent().build();
  }

  @DELETE
  @Path("categories/{code}/responsible")
  @Operation(summary = "Tell nobody beyond the usual of breaches in a category")
  @APIResponse(responseCode = "204", description = "Cleared")
  public Response clearResponsible(@PathParam("code") String code) {
    administration.assignCategoryResponsible(code, null);
    return Response.noContent().build();
  }

  private SlaReport build(String from, String to) {
    YearMonth last =
        to == null || to.isBlank() ? YearMonth.now(Clock.systemUTC()) : month("to", to);
    YearMonth first = from == null || from.isBlank() ? last.minusMonths(11) : month("from", from);
    return reporting.report(first, last);
  }

  private static YearMonth month(String name, String value) {
    try {
      return YearMonth.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.invalid", name, value);
    }
  }
}

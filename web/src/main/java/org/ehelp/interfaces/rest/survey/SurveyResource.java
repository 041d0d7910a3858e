package org.ehelp.interfaces.rest.survey;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ehelp.application.survey.AnswerInput;
import org.ehelp.application.survey.SurveyService;
import org.ehelp.interfaces.rest.QueryParams;
import org.ehelp.interfaces.rest.survey.SurveyDtos.AnswerDto;
import org.ehelp.interfaces.rest.survey.SurveyDtos.AnswersDto;
import org.ehelp.interfaces.rest.survey.SurveyDtos.CampaignDto;
import org.ehelp.interfaces.rest.survey.SurveyDtos.CountDto;
import org.ehelp.interfaces.rest.survey.SurveyDtos.InvitationDto;
import org.ehelp.interfaces.rest.survey.SurveyDtos.ResultsDto;

/**
 * Satisfaction surveys: campaigns, invitations, results and CSV export for the call center and
 * admins; each invited person reads and answers their own invitations.
 */
@Path("surveys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
public class SurveyResource {

  @Inject private SurveyService surveys;

  @Context private UriInfo uriInfo;

  @GET
  @Path("campaigns")
  @Operation(summary = "List the survey campaigns (call center, admins)")
  public List<CampaignDto> campaigns() {
    return surveys.campaigns().stream().map(SurveyDtos::campaign).toList();
  }

  @POST
  @Path("campaigns")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a survey campaign (call center, admins)")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", description = "A field is missing or invalid")
  public Response create(CampaignDto body) {
    CampaignDto created = SurveyDtos.campaign(surveys.create(SurveyDtos.draft(body)));
    URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
    return Response.created(location).entity(created).build();
  }

  @GET
  @Path("campaigns/{id}")
  @Operation(summary = "Read a survey campaign")
  public CampaignDto campaign(@PathParam("id") String id) {
    return SurveyDtos.campaign(surveys.campaign(QueryParams.number("id", id)));
  }

  @POST
  @Path("campaigns/{id}/invitations")
  @Operation(
      summary = "Send a PERIOD campaign's invitations now; returns how many it has invited",
      description =
          "The timer sends them within five minutes of the opening; this sends them at once. A"
              + " campaign invites once.")
  @APIResponse(responseCode = "200", description = "How many people were invited")
  @APIResponse(responseCode = "409", description = "The campaign is not open")
  public CountDto invite(@PathParam("id") String id) {
    return new CountDto(surveys.inviteNow(QueryParams.number("id", id)));
  }

  @POST
  @Path("campaigns/{id}/reminders")
  @Operation(summary = "Send the campaign's one reminder now")
  @APIResponse(responseCode = "200", description = "How many people were reminded")
  @APIResponse(responseCode = "409", description = "The reminder was already sent")
  public CountDto remind(@PathParam("id") String id) {
    return new CountDto(surveys.remindNow(QueryParams.number("id", id)));
  }

  @GET
  @Path("campaigns/{id}/results")
  @Operation(summary = "Read a campaign's results by technician, category and SLA outcome")
  public ResultsDto results(@PathParam("id") String id) {
    return SurveyDtos.results(surveys.results(QueryParams.number("id", id)));
  }

  @GET
  @Path("campaigns/{id}/responses.csv")
  @Produces("text/csv")
  @Operation(summary = "Export a campaign's responses as CSV")
  public Response csv(@PathParam("id") String id) {
    long campaignId = QueryParams.number("id", id);
    return Response.ok(surveys.csv(campaignId), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"survey-" + campaignId + ".csv\"")
        .build();
  }

  @GET
  @Path("invitations")
  @Operation(summary = "List the caller's survey invitations still to answer")
  public List<InvitationDto> invitations() {
    return surveys.myInvitations().stream().map(i -> SurveyDtos.invitation(i, null)).toList();
  }

  @GET
  @Path("invitations/{id}")
  @Operation(summary = "Read one of the caller's invitations with its questions")
  @APIResponse(responseCode = "404", description = "No such invitation of the caller")
  @APIResponse(responseCode = "409", description = "Already answered, or the survey is closed")
  public InvitationDto invitation(@PathParam("id") String id) {
    SurveyService.SurveyForm form = surveys.form(QueryParams.number("id", id));
    return SurveyDtos.invitation(form.invitation(), form.questions());
  }

  @POST
  @Path("invitations/{id}/answers")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Answer one of the caller's invitations, once")
  @APIResponse(responseCode = "204", description = "Recorded")
  @APIResponse(responseCode = "400", description = "An answer is missing or invalid")
  @APIResponse(responseCode = "409", description = "Already answered, or the survey is closed")
  public Response answer(@PathParam("id") String id, AnswersDto body) {
    AnswersDto input = QueryParams.body(body);
    Map<Long, AnswerInput> answers = new HashMap<>();
    for (AnswerDto answer : input.answers() == null ? List.<AnswerDto>of() : input.answers()) {
      answers.put(
          answer.questionId(), new AnswerInput(answer.rating(), answer.choice(), answer.text()));
    }
    surveys.answer(QueryParams.number("id", id), answers);
    return Response.noContent().build();
  }
}

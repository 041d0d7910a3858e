package org.ehelp.interfaces.rest.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ehelp.application.CurrentUser;
import org.ehelp.application.sla.SlaSettings;
import org.ehelp.domain.error.ConflictException;
import org.ehelp.domain.model.Times;
import org.ehelp.infrastructure.timer.LifecycleTimers;

/** Runs eHelp's periodic jobs on demand, for administrators and operators. */
@Path("jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class JobsResource {

  @Inject private CurrentUser currentUser;

  @Inject private LifecycleTimers lifecycle;

  @Inject private SlaSettings slaSettings;

  @POST
  @Path(LifecycleTimers.JOB)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Run the lifecycle job now",
      description =
          "Resumes requests on hold whose resume date has passed, closes accepted requests whose"
              + " automatic closing delay has passed, and reminds requesters of, or accepts for"
              + " them, requests left waiting for validation, as the job does every minute. With"
              + " ehelp.sla.clock=adjustable, at and requests run it as of another instant and"
              + " for chosen requests only (tests and demos).")
  @APIResponse(responseCode = "200", description = "How many requests each action concerned")
  @APIResponse(responseCode = "403", description = "The caller is not an administrator")
  @APIResponse(responseCode = "409", description = "at or requests given with a system clock")
  public LifecycleTimers.Outcome runLifecycle(JobRunDto body) {
    currentUser.requireAdmin();
    JobRunDto input = body == null ? new JobRunDto(null, null) : body;
    Set<Long> only = input.requests() == null ? Set.of() : Set.copyOf(input.requests());
    if (input.at() == null && only.isEmpty()) {
      return lifecycle.run();
    }
    if (!slaSettings.adjustableClock()) {
      throw new ConflictException("EH-JOB-409", "error.job.clockFixed");
    }
    return lifecycle.run(input.at() == null ? Times.now() : input.at(), only);
  }
}

package org.ehelp.interfaces.rest.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ehelp.application.CurrentUser;
import org.ehelp.infrastructure.timer.LifecycleTimers;

/** Runs eHelp's periodic jobs on demand, for administrators and operators. */
@Path("jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class JobsResource {

  @Inject private CurrentUser currentUser;

  @Inject private LifecycleTimers lifecycle;

  @POST
  @Path(LifecycleTimers.JOB)
  @Operation(
      summary = "Run the lifecycle job now",
      description =
          "Resumes requests on hold whose resume date has passed and closes accepted requests"
              + " whose automatic closing delay has passed, as the job does every minute.")
  @APIResponse(responseCode = "200", description = "How many requests were resumed and closed")
  @APIResponse(responseCode = "403", description = "The caller is not an administrator")
  public LifecycleTimers.Outcome runLifecycle() {
    currentUser.requireAdmin();
    return lifecycle.run();
  }
}

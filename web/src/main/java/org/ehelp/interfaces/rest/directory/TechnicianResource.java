package org.ehelp.interfaces.rest.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ehelp.application.DirectoryService;

/** Lists the technicians a request can be dispatched to, with their load. */
@Path("technicians")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
public class TechnicianResource {

  @Inject private DirectoryService directory;

  @GET
  @Operation(
      summary = "List technicians",
      description = "Every active technician, with groups and the number of open requests.")
  @APIResponse(responseCode = "200", description = "The technicians")
  public List<TechnicianDto> list() {
    return directory.technicians().stream().map(DirectoryMapper::technician).toList();
  }
}

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

/** Lists the categories a request can be filed under. */
@Path("categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
public class CategoryResource {

  @Inject private DirectoryService directory;

  @GET
  @Operation(summary = "List categories", description = "The active categories.")
  @APIResponse(responseCode = "200", description = "The categories")
  public List<CategoryDto> list() {
    return directory.categories().stream().map(DirectoryMapper::category).toList();
  }
}

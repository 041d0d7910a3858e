package org.ehelp.interfaces.rest.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ehelp.application.DirectoryService;
import org.ehelp.domain.model.person.Role;
import org.ehelp.interfaces.rest.QueryParams;

/** Finds people, for filing a request for someone or picking who to dispatch or ask. */
@Path("people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory", description = "People, technicians, categories and the caller")
public class PeopleResource {

  @Inject private DirectoryService directory;

  @GET
  @Operation(
      summary = "Find people",
      description = "Active people whose name, login, e-mail or phone contains q, by name.")
  @APIResponse(responseCode = "200", description = "Up to limit people")
  @APIResponse(responseCode = "400", description = "Unknown role, or limit is not a number")
  public List<PersonDto> find(
      @Parameter(description = "Text to look for; everyone when absent") @QueryParam("q")
          String text,
      @Parameter(description = "Only people with this role, such as TECHNICIAN") @QueryParam("role")
          String role,
      @Parameter(description = "At most this many, 1 to 50; 20 when absent") @QueryParam("limit")
          String limit) {
    Role required = QueryParams.constant("role", role, Role.class);
    int max = QueryParams.number("limit", limit, 20);
    return DirectoryMapper.people(directory.findPeople(text, required, max));
  }
}

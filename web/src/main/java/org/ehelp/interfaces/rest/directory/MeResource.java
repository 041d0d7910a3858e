package org.ehelp.interfaces.rest.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ehelp.application.DirectoryService;
import org.ehelp.application.TokenService;
import org.ehelp.interfaces.rest.QueryParams;

/** The caller's own account and API tokens. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
public class MeResource {

  @Inject private DirectoryService directory;

  @Inject private TokenService tokens;

  @GET
  @Operation(summary = "Read the caller's profile")
  @APIResponse(responseCode = "200", description = "The caller's profile")
  public ProfileDto me() {
    return DirectoryMapper.profile(directory.me());
  }

  @POST
  @Path("tokens")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Issue an API token",
      description =
          "Issues a token to send as Authorization: Bearer <secret>. The secret is in this"
              + " response only; eHelp keeps its digest, so a lost secret needs a new token.")
  @APIResponse(responseCode = "201", description = "The token, with its secret")
  @APIResponse(responseCode = "400", description = "The name is missing or too long")
  public Response issueToken(NewTokenDto body) {
    TokenDto token = DirectoryMapper.token(tokens.issue(QueryParams.body(body).name()));
    return Response.status(Response.Status.CREATED).entity(token).build();
  }

  @DELETE
  @Path("tokens/{tokenId}")
  @Operation(summary = "Revoke an API token", description = "The token no longer authenticates.")
  @APIResponse(responseCode = "204", description = "Revoked")
  @APIResponse(responseCode = "404", description = "The caller has no token with this id")
  public Response revokeToken(@PathParam("tokenId") String tokenId) {
    tokens.revoke(QueryParams.number("tokenId", tokenId));
    return Response.noContent().build();
  }
}

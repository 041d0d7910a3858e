package org.ehelp.interfaces.rest.kb;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ehelp.application.kb.ArticleDetails;
import org.ehelp.application.kb.ArticleVersionSummary;
import org.ehelp.application.kb.KnowledgeBase;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.model.kb.ArticleContent;
import org.ehelp.domain.model.kb.ArticleState;
import org.ehelp.domain.model.kb.Audience;
import org.ehelp.domain.model.kb.LineDiff;
import org.ehelp.interfaces.rest.QueryParams;
import org.ehelp.search.SearchHit;

/** The knowledge base: articles, their life cycle, versions, votes and solutions. */
@Path("articles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge base", description = "Procedures and corrective measures")
public class ArticleResource {

  @Inject private KnowledgeBase kb;

  @GET
  @Operation(
      summary = "List articles",
      description = "Newest change first: every state for staff, published articles for others.")
  public List<ArticleDetails> list(
      @Parameter(description = "States, repeated or comma-separated") @QueryParam("state")
          List<String> states,
      @Parameter(description = "Rows to skip; 0 when absent") @QueryParam("offset") String offset,
      @Parameter(description = "Page size, 1 to 200; 50 when absent") @QueryParam("limit")
          String limit) {
    int size = QueryParams.number("limit", limit, 50);
    if (size < 1 || size > 200) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.invalid", "limit", limit);
    }
    return kb.list(
        QueryParams.constants("state", states, ArticleState.class),
        Math.max(0, QueryParams.number("offset", offset, 0)),
        size);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Write a draft (staff)")
  @APIResponse(responseCode = "201", description = "Written, as version 1 of a draft")
  @APIResponse(responseCode = "403", description = "The caller is not staff")
  public Response create(ArticleInputDto body) {
    ArticleInputDto input = QueryParams.body(body);
    ArticleDetails created = kb.create(content(input), input.category(), input.fromRequest());
    return Response.created(URI.create("articles/" + created.id())).entity(created).build();
  }

  @GET
  @Path("suggestions")
  @Operation(
      summary = "Published articles matching a text",
      description = "What the portal suggests while a requester types a new request.")
  public List<SearchHit> suggestions(@QueryParam("q") String text) {
    return kb.suggest(text);
  }

  @GET
  @Path("{id}")
  @APIResponse(responseCode = "404", description = "No such article, or not readable")
  public ArticleDetails get(@PathParam("id") long id) {
    return kb.get(id);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Edit an article, adding a version (staff)")
  @APIResponse(responseCode = "412", description = "The version sent is not the current one")
  public ArticleDetails edit(@PathParam("id") long id, ArticleInputDto body) {
    ArticleInputDto input = QueryParams.body(body);
    if (input.version() == null) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.missing", "version");
    }
    return kb.edit(id, content(input), input.category(), input.version());
  }

  @POST
  @Path("{id}/state")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Move an article in its life cycle (staff)",
      description =
          "Body {\"state\": \"IN_REVIEW\"}. DRAFT goes to IN_REVIEW; IN_REVIEW to PUBLISHED or"
              + " back to DRAFT; PUBLISHED to ARCHIVED or DRAFT; ARCHIVED to DRAFT.")
  @APIResponse(responseCode = "409", description = "The life cycle does not allow it")
  public ArticleDetails moveTo(@PathParam("id") long id, JsonObject body) {
    String state = QueryParams.body(body).getString("state", null);
    ArticleState target = QueryParams.constant("state", state, ArticleState.class);
    if (target == null) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.missing", "state");
    }
    return kb.moveTo(id, target);
  }

  @GET
  @Path("{id}/versions")
  @Operation(summary = "The versions of an article, oldest first (staff)")
  public List<ArticleVersionSummary> versions(@PathParam("id") long id) {
    return kb.versions(id);
  }

  @GET
  @Path("{id}/compare")
  @Operation(summary = "Compare two versions line by line (staff)")
  public List<LineDiff.Line> compare(
      @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
    return kb.compare(id, required("from", from), required("to", to));
  }

  @POST
  @Path("{id}/versions/{number}/restore")
  @Operation(summary = "Make an old version current again, as a new version (staff)")
  public ArticleDetails restore(@PathParam("id") long id, @PathParam("number") int number) {
    return kb.restore(id, number);
  }

  @POST
  @Path("{id}/votes")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Say whether the article helped",
      description = "Body {\"helpful\": true}; a second vote replaces the first.")
  public ArticleDetails vote(@PathParam("id") long id, JsonObject body) {
    JsonObject input = QueryParams.body(body);
    if (!input.containsKey("helpful")) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.missing", "helpful");
    }
    return kb.vote(id, input.getBoolean("helpful"));
  }

  @POST
  @Path("{id}/solutions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Link the article to a request it solved (staff)",
      description = "Body {\"requestId\": 1042}; linking twice changes nothing.")
  public ArticleDetails link(@PathParam("id") long id, JsonObject body) {
    JsonObject input = QueryParams.body(body);
    if (!input.containsKey("requestId")) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.missing", "requestId");
    }
    return kb.linkSolution(id, input.getJsonNumber("requestId").longValue());
  }

  @GET
  @Path("/solutions/{requestId}")
  @Operation(summary = "The articles linked as solutions of a request")
  public List<ArticleDetails> solutions(@PathParam("requestId") long requestId) {
    return kb.solutionsOf(requestId);
  }

  private static ArticleContent content(ArticleInputDto input) {
    return new ArticleContent(
        input.title(),
        input.body(),
        input.tags(),
        QueryParams.constant("audience", input.audience(), Audience.class));
  }

  private static int required(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.missing", name);
    }
    return QueryParams.number(name, value, 0);
  }
}

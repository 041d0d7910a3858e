package org.ehelp.interfaces.rest.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ehelp.application.search.SearchService;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.infrastructure.search.SearchIndexer;
import org.ehelp.interfaces.rest.QueryParams;
import org.ehelp.search.SearchResult;
import org.ehelp.search.SearchSort;

/** Full-text search over what the caller may read, and the administration of the index. */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Full-text search over requests and other documents")
public class SearchResource {

  @Inject private SearchService search;

  @GET
  @Operation(
      summary = "Search",
      description =
          "Searches the documents the caller may read. Words must all match, with a typo tolerated"
              + " in words of four letters or more and the last word also matched as a prefix;"
              + " \"quoted phrases\" match in order; -word excludes; EH-1042 and e-mail addresses"
              + " match exactly. Facet counts cover every match the caller may read.")
  @APIResponse(responseCode = "200", description = "One page of hits with facet counts")
  @APIResponse(responseCode = "400", description = "A parameter is invalid")
  public SearchResultDto search(
      @Parameter(description = "The words to look for; empty lists everything") @QueryParam("q")
          String text,
      @Parameter(description = "Document types, such as REQUEST; repeat or separate by commas")
          @QueryParam("types")
          List<String> types,
      @Parameter(
              description =
                  "A facet filter dimension:value, such as state:CLOSED; values of one dimension"
                      + " are alternatives, dimensions all apply")
          @QueryParam("filter")
          List<String> filters,
      @Parameter(description = "relevance (default), newest or oldest") @QueryParam("sort")
          String sort,
      @Parameter(description = "Page from 0; 0 when absent") @QueryParam("page") String page,
      @Parameter(description = "Hits per page, 1 to 100; 20 when absent") @QueryParam("size")
          String size) {
    int pageNumber = QueryParams.number("page", page, 0);
    int pageSize = QueryParams.number("size", size, 20);
    if (pageNumber < 0 || pageSize < 1 || pageSize > SearchService.MAX_PAGE_SIZE) {
      throw new InvalidInputException(
          "EH-INPUT-400", "error.input.invalid", "page/size", page + "/" + size);
    }
    SearchResult result =
        search.search(
            text,
            split(types),
            filters(filters),
            QueryParams.constant("sort", upper(sort), SearchSort.class),
            pageNumber,
            pageSize);
    return SearchMapper.toDto(result, pageNumber, pageSize);
  }

  @POST
  @Path("rebuild")
  @Operation(
      summary = "Rebuild this instance's index",
      description =
          "Starts building a new index from the database in the background; the current one"
              + " answers searches until the new one is complete. Each instance of a cluster has"
              + " its own index, so call it on each.")
  @APIResponse(responseCode = "202", description = "The rebuild started, or was already running")
  @APIResponse(responseCode = "403", description = "The caller is not an administrator")
  public Response rebuild() {
    search.rebuild();
    return Response.accepted().build();
  }

  @GET
  @Path("status")
  @Operation(summary = "The state of this instance's index")
  @APIResponse(responseCode = "403", description = "The caller is not an administrator")
  public Map<String, Object> status() {
    SearchIndexer.Status status = search.status();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("open", status.open());
    body.put("documents", status.documents());
    body.put("journalId", status.journalId().isPresent() ? status.journalId().getAsLong() : null);
    body.put("rebuilding", status.rebuilding());
    return body;
  }

  private static String upper(String value) {
    return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
  }

  private static Set<String> split(List<String> values) {
    Set<String> result = new LinkedHashSet<>();
    if (values != null) {
      for (String value : values) {
        for (String part : value.split(",")) {
          if (!part.isBlank()) {
            result.add(part.strip().toUpperCase(Locale.ROOT));
          }
        }
      }
    }
    return result;
  }

  private static Map<String, Set<String>> filters(List<String> values) {
    Map<String, Set<String>> filters = new HashMap<>();
    if (values == null) {
      return filters;
    }
    for (String value : values) {
      int colon = value.indexOf(':');
      if (colon <= 0 || colon == value.length() - 1) {
        throw new InvalidInputException("EH-INPUT-400", "error.input.invalid", "filter", value);
      }
      filters
          .computeIfAbsent(value.substring(0, colon), d -> new HashSet<>())
          .add(value.substring(colon + 1));
    }
    return filters;
  }
}

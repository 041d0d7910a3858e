package org.ehelp.interfaces.rest.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ehelp.application.mail.RequestFilesService;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.interfaces.rest.QueryParams;

/**
 * The files of a request, for whoever may read it: a request the caller may not read is 404, and so
 * are its files.
 */
@Path("requests/{id}/files")
@RequestScoped
@Tag(name = "Requests")
public class RequestFileResource {

  @Inject private RequestFilesService files;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "List the files of a request",
      description = "Attachments and inline images.")
  @APIResponse(responseCode = "200", description = "The files")
  @APIResponse(responseCode = "404", description = "No such request, or the caller may not see it")
  public List<MailDtos.FileDto> list(@PathParam("id") String id) {
    return files.list(QueryParams.requestId(id)).stream().map(MailDtos.FileDto::of).toList();
  }

  @GET
  @Path("{fileId}")
  @Produces(MediaType.WILDCARD)
  @Operation(
      summary = "Download a file of a request",
      description =
          "Always as an attachment; images are served with their own type, everything else as"
              + " application/octet-stream, so that no file runs in the browser.")
  @APIResponse(responseCode = "200", description = "The file")
  @APIResponse(responseCode = "404", description = "No such request or file")
  public Response download(@PathParam("id") String id, @PathParam("fileId") String fileId) {
    Long attachmentId = QueryParams.number("fileId", fileId);
    if (attachmentId == null) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.missing", "fileId");
    }
    RequestFilesService.File file = files.download(QueryParams.requestId(id), attachmentId);
    String type = FileDownloads.safeType(file.attachment().getMediaType());
    return Response.ok(file.content(), type)
        .header("Content-Disposition", FileDownloads.disposition(file.attachment().getFileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .build();
  }
}

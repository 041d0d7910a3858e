package org.ehelp.interfaces.rest.imports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ehelp.application.imports.ImportReport;
import org.ehelp.application.imports.ImportService;
import org.ehelp.domain.error.InvalidInputException;

/** Imports requests from CSV files: admins only, with a dry run first. */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import")
public class ImportResource {

  /** Largest CSV file accepted, in bytes. */
  private static final int MAX_FILE = 50 * 1024 * 1024;

  @Inject private ImportService imports;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Import requests from a CSV file",
      description =
          "Multipart form with the parts `file` (the CSV, UTF-8, with a header line) and"
              + " `mapping` (the column mapping, Java properties text). With dryRun=true nothing"
              + " is written and every refused row is listed; otherwise the file is imported"
              + " whole or refused whole, and rows already imported from the same file are"
              + " skipped.")
  @APIResponse(responseCode = "200", description = "The import report")
  @APIResponse(responseCode = "400", description = "Invalid mapping or file, or invalid rows")
  @APIResponse(responseCode = "403", description = "The caller is not an administrator")
  public ImportReportDto importFile(
      @Parameter(description = "Report only, change nothing")
          @QueryParam("dryRun")
          @DefaultValue("false")
          boolean dryRun,
      List<EntityPart> parts)
      throws IOException {
    EntityPart file = part(parts, "file");
    byte[] csv = read(file);
    String mapping = new String(read(part(parts, "mapping")), StandardCharsets.UTF_8);
    String fileName = file.getFileName().orElse("import.csv");

    ImportReport report =
        dryRun
            ? imports.dryRun(fileName, csv, mapping)
            : imports.importFile(fileName, csv, mapping);
    return ImportReportDto.of(report);
  }

  private static EntityPart part(List<EntityPart> parts, String name) {
    Optional<EntityPart> found =
        parts == null
            ? Optional.empty()
            : parts.stream().filter(p -> name.equals(p.getName())).findFirst();
    return found.orElseThrow(
        () -> new InvalidInputException("EH-IMPORT-400", "error.input.missing", name));
  }

  private static byte[] read(EntityPart part) throws IOException {
    try (InputStream in = part.getContent()) {
      byte[] bytes = in.readNBytes(MAX_FILE + 1);
      if (bytes.length > MAX_FILE) {
        throw new InvalidInputException(
            "EH-IMPORT-400", "error.input.tooLong", part.getName(), MAX_FILE);
      }
      return bytes;
    }
  }
}

package org.ehelp.interfaces.rest.imports;

import java.util.List;
import org.ehelp.application.imports.ImportReport;

/** The outcome of an import or of its dry run, as the API returns it. */
public record ImportReportDto(
    String fileName,
    boolean dryRun,
    int rows,
    int created,
    int alreadyImported,
    List<RowErrorDto> rejected) {

  /** One refused row; row 1 is the first line after the header. */
  public record RowErrorDto(int row, String field, String reason) {}

  static ImportReportDto of(ImportReport report) {
    return new ImportReportDto(
        report.fileName(),
        report.dryRun(),
        report.rows(),
        report.created(),
        report.alreadyImported(),
        report.rejected().stream()
            .map(e -> new RowErrorDto(e.row(), e.field(), e.reason()))
            .toList());
  }
}

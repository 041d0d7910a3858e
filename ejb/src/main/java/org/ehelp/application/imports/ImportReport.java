package org.ehelp.application.imports;

import java.util.List;

/**
 * The outcome of an import or of its dry run.
 *
 * @param rows data rows read from the file
 * @param created requests created (always 0 in a dry run)
 * @param alreadyImported rows skipped because an earlier import of the same file created them
 * @param rejected every row that would be refused, with the reason
 */
public record ImportReport(
    String fileName,
    boolean dryRun,
    int rows,
    int created,
    int alreadyImported,
    List<RowError> rejected) {

  /** One refused row: its number in the file (1 is the first row after the header) and why. */
  public record RowError(int row, String field, String reason) {}
}

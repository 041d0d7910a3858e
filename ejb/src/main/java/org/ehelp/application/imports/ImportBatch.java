package org.ehelp.application.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** The record of one import run: which file, how many rows, how many requests it created. */
@Entity
@Table(name = "import_batch")
public class ImportBatch {

  @Id
  @SequenceGenerator(
      name = "import_batch_seq",
      sequenceName = "import_batch_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_batch_seq")
  private Long id;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "file_sha256")
  private String fileSha256;

  @Column(name = "row_count")
  private int rowCount;

  @Column(name = "created_count")
  private int createdCount;

  @Column(name = "imported_at")
  private Instant importedAt;

  @Column(name = "imported_by")
  private Long importedBy;

  protected ImportBatch() {}

  ImportBatch(
      String fileName,
      String fileSha256,
      int rowCount,
      int createdCount,
      Instant importedAt,
      Long importedBy) {
    this.fileName = fileName;
    this.fileSha256 = fileSha256;
    this.rowCount = rowCount;
    this.createdCount = createdCount;
    this.importedAt = importedAt;
    this.importedBy = importedBy;
  }
}

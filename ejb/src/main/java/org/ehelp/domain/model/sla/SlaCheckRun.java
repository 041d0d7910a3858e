package org.ehelp.domain.model.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * The one row that records the last check pass. Locked while a pass claims its turn, so two
 * instances never run one at the same time.
 */
@Entity
@Table(name = "sla_check_run")
public class SlaCheckRun {

  /** The id of the only row. */
  public static final int ID = 1;

  @Id private Integer id;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  private int checked;

  private int marked;

  @Column(name = "duration_ms")
  private long durationMillis;

  protected SlaCheckRun() {}

  /** Whether a pass started at {@code now} comes at least {@code interval} after the last one. */
  public boolean isDue(Instant now, Duration interval) {
    return startedAt == null || !now.isBefore(startedAt.plus(interval));
  }

  public void start(Instant now) {
    startedAt = now;
  }

  public void finish(Instant now, int checkedRows, int markedRows, long millis) {
    finishedAt = now;
    checked = checkedRows;
    marked = markedRows;
    durationMillis = millis;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public int getChecked() {
    return checked;
  }

  public int getMarked() {
    return marked;
  }

  public long getDurationMillis() {
    return durationMillis;
  }
}

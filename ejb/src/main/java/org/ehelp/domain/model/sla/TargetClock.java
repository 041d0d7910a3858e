package org.ehelp.domain.model.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.Instant;

/**
 * The stored clock of one target of one request: what the last recomputation found, and the
 * threshold the check pass has marked so far.
 */
@Embeddable
public class TargetClock {

  @Column(name = "goal_minutes")
  private int goalMinutes;

  @Enumerated(EnumType.STRING)
  private ClockStatus status = ClockStatus.NONE;

  @Column(name = "elapsed_s")
  private long elapsedSeconds;

  @Column(name = "warn_at")
  private Instant warnAt;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "stopped_at")
  private Instant stoppedAt;

  @Enumerated(EnumType.STRING)
  private Threshold marked;

  /** Takes the result of a replay, keeping the marks that are still true at {@code now}. */
  void update(SlaClocks.Clock clock, Instant now) {
    goalMinutes = (int) clock.goal().toMinutes();
    status = clock.status();
    elapsedSeconds = clock.elapsed().getSeconds();
    warnAt = clock.warnAt();
    dueAt = clock.dueAt();
    stoppedAt = clock.stoppedAt();
    // A change may move a threshold back into the future (a longer goal, a new holiday): the mark
    // goes, and the check pass sets it again when the threshold comes. Marks are never added here.
    if (marked == Threshold.BREACH && !reached(dueAt, now)) {
      marked = reached(warnAt, now) ? Threshold.WARNING : null;
    }
    if (marked == Threshold.WARNING && !reached(warnAt, now)) {
      marked = null;
    }
  }

  void clear() {
    goalMinutes = 0;
    status = ClockStatus.NONE;
    elapsedSeconds = 0;
    warnAt = null;
    dueAt = null;
    stoppedAt = null;
    marked = null;
  }

  /** Returns the next threshold the check pass must mark, if the clock runs and one is left. */
  Threshold nextThreshold() {
    if (status != ClockStatus.RUNNING) {
      return null;
    }
    if (marked == null && warnAt != null && (dueAt == null || warnAt.isBefore(dueAt))) {
      return Threshold.WARNING;
    }
    return marked == Threshold.BREACH || dueAt == null ? null : Threshold.BREACH;
  }

  /** Returns when the next threshold comes, or null when none is left to mark. */
  Instant nextCheckAt() {
    Threshold next = nextThreshold();
    if (next == null) {
      return null;
    }
    return next == Threshold.WARNING ? warnAt : dueAt;
  }

  void mark(Threshold threshold) {
    marked = threshold;
  }

  /** Returns the level of this clock as the current target of an open request. */
  SlaLevel level() {
    if (marked == Threshold.BREACH) {
      return SlaLevel.BREACHED;
    }
    if (status == ClockStatus.PAUSED) {
      return SlaLevel.PAUSED;
    }
    return marked == Threshold.WARNING ? SlaLevel.WARNING : SlaLevel.ON_TRACK;
  }

  private static boolean reached(Instant threshold, Instant now) {
    return threshold != null && !threshold.isAfter(now);
  }

  public Duration getGoal() {
    return Duration.ofMinutes(goalMinutes);
  }

  public ClockStatus getStatus() {
    return status;
  }

  public Duration getElapsed() {
    return Duration.ofSeconds(elapsedSeconds);
  }

  public Instant getWarnAt() {
    return warnAt;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public Instant getStoppedAt() {
    return stoppedAt;
  }

  /** Returns the threshold the check pass marked, or null when none yet. */
  public Threshold getMarked() {
    return marked;
  }
}

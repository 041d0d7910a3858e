package org.ehelp.domain.model.sla;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.ehelp.domain.model.request.Party;
import org.ehelp.domain.model.request.ServiceRequest;

/**
 * The SLA of one request: the policy and calendar that apply, the clock of each target, the level
 * lists show, and the next instant the check pass has to look at it. Recomputed from the request's
 * history on every change that can move a deadline.
 */
@Entity
@Table(name = "request_sla")
public class RequestSla {

  @Id
  @Column(name = "request_id")
  private Long requestId;

  // Mapped so that the row is inserted after its request in the same flush.
  @MapsId
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  private ServiceRequest request;

  @Column(name = "policy_id")
  private Long policyId;

  @Column(name = "calendar_id")
  private Long calendarId;

  @Column(name = "warning_percent")
  private int warningPercent;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "goalMinutes", column = @Column(name = "response_goal_minutes")),
    @AttributeOverride(name = "status", column = @Column(name = "response_status")),
    @AttributeOverride(name = "elapsedSeconds", column = @Column(name = "response_elapsed_s")),
    @AttributeOverride(name = "warnAt", column = @Column(name = "response_warn_at")),
    @AttributeOverride(name = "dueAt", column = @Column(name = "response_due_at")),
    @AttributeOverride(name = "stoppedAt", column = @Column(name = "response_stopped_at")),
    @AttributeOverride(name = "marked", column = @Column(name = "response_marked"))
  })
  private TargetClock response = new TargetClock();

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "goalMinutes", column = @Column(name = "resolution_goal_minutes")),
    @AttributeOverride(name = "status", column = @Column(name = "resolution_status")),
    @AttributeOverride(name = "elapsedSeconds", column = @Column(name = "resolution_elapsed_s")),
    @AttributeOverride(name = "warnAt", column = @Column(name = "resolution_warn_at")),
    @AttributeOverride(name = "dueAt", column = @Column(name = "resolution_due_at")),
    @AttributeOverride(name = "stoppedAt", column = @Column(name = "resolution_stopped_at")),
    @AttributeOverride(name = "marked", column = @Column(name = "resolution_marked"))
  })
  private TargetClock resolution = new TargetClock();

  @Enumerated(EnumType.STRING)
  @Column(name = "sla_level")
  private SlaLevel level = SlaLevel.NONE;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "next_check_at")
  private Instant nextCheckAt;

  private boolean stale;

  @Column(name = "alerts_from")
  private Instant alertsFrom;

  @Column(name = "held_call_center_s")
  private long heldCallCenterSeconds;

  @Column(name = "held_technician_s")
  private long heldTechnicianSeconds;

  @Column(name = "held_responsible_s")
  private long heldResponsibleSeconds;

  @Column(name = "held_requester_s")
  private long heldRequesterSeconds;

  @Column(name = "computed_at")
  private Instant computedAt;

  @Version private long version;

  protected RequestSla() {}

  /**
   * Starts the SLA of a request.
   *
   * @param alertsFrom thresholds reached before this instant are marked without an alert: the
   *     filing for a new request, the import for an imported one, whose past is not news
   */
  public RequestSla(ServiceRequest request, Instant alertsFrom) {
    this.request = request;
    this.requestId = request.getId();
    this.alertsFrom = alertsFrom;
  }

  /**
   * Takes a new computation of both clocks under a policy.
   *
   * @param now the instant of the change, against which existing marks are checked
   */
  public void update(
      long newPolicyId,
      Long newCalendarId,
      int newWarningPercent,
      SlaClocks.Clock responseClock,
      SlaClocks.Clock resolutionClock,
      Map<Party, Duration> held,
      Instant now) {
    policyId = newPolicyId;
    calendarId = newCalendarId;
    warningPercent = newWarningPercent;
    response.update(responseClock, now);
    resolution.update(resolutionClock, now);
    holdTimes(held);
    refresh(now);
  }

  /** Clears both clocks: no policy applies any longer. */
  public void clear(Map<Party, Duration> held, Instant now) {
    policyId = null;
    calendarId = null;
    warningPercent = 0;
    response.clear();
    resolution.clear();
    holdTimes(held);
    refresh(now);
  }

  /** Marks a threshold of a target as reached; the caller raises the alert. */
  public void mark(SlaTarget target, Threshold threshold) {
    clock(target).mark(threshold);
    refresh(computedAt);
  }

  /** Asks for a recomputation by the next check pass, after a calendar or policy edit. */
  public void markStale() {
    stale = true;
    nextCheckAt = Instant.EPOCH;
  }

  /** Returns the clock of a target. */
  public TargetClock clock(SlaTarget target) {
    return target == SlaTarget.RESPONSE ? response : resolution;
  }

  /** Returns the target lists show: taking in charge while it runs or waits, else resolving. */
  public SlaTarget currentTarget() {
    return response.getStatus().isOpen() ? SlaTarget.RESPONSE : SlaTarget.RESOLUTION;
  }

  private void holdTimes(Map<Party, Duration> held) {
    heldCallCenterSeconds = seconds(held, Party.CALL_CENTER);
    heldTechnicianSeconds = seconds(held, Party.TECHNICIAN);
    heldResponsibleSeconds = seconds(held, Party.RESPONSIBLE);
    heldRequesterSeconds = seconds(held, Party.REQUESTER);
  }

  private static long seconds(Map<Party, Duration> held, Party party) {
    return held.getOrDefault(party, Duration.ZERO).getSeconds();
  }

  private void refresh(Instant now) {
    stale = false;
    computedAt = now;
    TargetClock current = clock(currentTarget());
    if (policyId == null) {
      level = SlaLevel.NONE;
      dueAt = null;
    } else if (current.getStatus().isOpen()) {
      level = current.level();
      dueAt = current.getStatus() == ClockStatus.RUNNING ? current.getDueAt() : null;
    } else {
      level = outcome();
      dueAt = null;
    }
    nextCheckAt = earliest(response.nextCheckAt(), resolution.nextCheckAt());
  }

  private SlaLevel outcome() {
    if (response.getStatus() == ClockStatus.MISSED
        || resolution.getStatus() == ClockStatus.MISSED) {
      return SlaLevel.MISSED;
    }
    if (response.getStatus() == ClockStatus.MET || resolution.getStatus() == ClockStatus.MET) {
      return SlaLevel.MET;
    }
    return SlaLevel.NONE;
  }

  private static Instant earliest(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }

  public Long getRequestId() {
    return requestId;
  }

  public Long getPolicyId() {
    return policyId;
  }

  public Long getCalendarId() {
    return calendarId;
  }

  public int getWarningPercent() {
    return warningPercent;
  }

  public SlaLevel getLevel() {
    return level;
  }

  /** Returns the deadline of the current target while it runs, possibly past; else null. */
  public Instant getDueAt() {
    return dueAt;
  }

  public Instant getNextCheckAt() {
    return nextCheckAt;
  }

  public boolean isStale() {
    return stale;
  }

  public Instant getAlertsFrom() {
    return alertsFrom;
  }

  public Instant getComputedAt() {
    return computedAt;
  }

  /** Returns the business time each party held the request up to its last change. */
  public Map<Party, Duration> getHeld() {
    return Map.of(
        Party.CALL_CENTER, Duration.ofSeconds(heldCallCenterSeconds),
        Party.TECHNICIAN, Duration.ofSeconds(heldTechnicianSeconds),
        Party.RESPONSIBLE, Duration.ofSeconds(heldResponsibleSeconds),
        Party.REQUESTER, Duration.ofSeconds(heldRequesterSeconds));
  }
}

package org.ehelp.domain.model.sla;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.ehelp.domain.model.request.Priority;
import org.ehelp.domain.model.request.RequestState;

/** Calendars, policies, the SLA of each request, alerts and the check pass's record. */
public interface SlaRepository {

  List<SlaCalendar> calendars();

  Optional<SlaCalendar> findCalendar(long id);

  Optional<SlaCalendar> findCalendarByName(String name);

  Optional<SlaCalendar> findDefaultCalendar();

  void add(SlaCalendar calendar);

  void remove(SlaCalendar calendar);

  /** Whether a policy or a request's SLA refers to the calendar. */
  boolean isInUse(SlaCalendar calendar);

  List<SlaPolicy> policies();

  Optional<SlaPolicy> findPolicy(long id);

  Optional<SlaPolicy> findPolicyByName(String name);

  void add(SlaPolicy policy);

  /** Writes pending changes now, so that bulk updates that follow see them. */
  void flushChanges();

  Optional<RequestSla> findRequestSla(long requestId);

  /**
   * Returns what lists show of the SLA rows of these requests, by request id, in one query;
   * requests without a row are left out.
   */
  Map<Long, SlaSnapshot> findSnapshots(Collection<Long> requestIds);

  void add(RequestSla sla);

  /**
   * Lists the requests whose SLA the check pass must look at by {@code now}, earliest first: a
   * threshold reached or a recomputation asked for. Reads the index on next_check_at only.
   *
   * @param only restrict to these requests, or empty for all
   */
  List<Long> findDueForCheck(Instant now, Collection<Long> only, int limit);

  /** Finds one SLA row, locked until the transaction ends. */
  Optional<RequestSla> lockRequestSla(long requestId);

  /** Asks a recomputation of the open requests whose SLA counts in this calendar. */
  int markStaleByCalendar(long calendarId);

  /**
   * Asks a recomputation of the open requests that a policy with these criteria may apply to; a
   * null criterion matches any.
   */
  int markStaleMatching(Long categoryId, Priority priority);

  /** Asks a recomputation of every open request. */
  int markAllOpenStale();

  /** Returns the states that pause the resolution clock, as an admin chose them. */
  Optional<Set<RequestState>> pausedStates();

  void savePausedStates(Set<RequestState> states);

  void add(SlaAlert alert);

  /** Whether an alert was raised for this request, target and threshold. */
  boolean alertExists(long requestId, SlaTarget target, Threshold threshold);

  List<SlaAlert> alertsOf(long requestId);

  /** Lists the alerts raised since an instant, newest first. */
  List<SlaAlert> alertsSince(Instant since, int limit);

  /** Finds the check pass's record, locked until the transaction ends. */
  SlaCheckRun lockCheckRun();

  SlaCheckRun checkRun();

  /** Streams the facts the SLA report adds up, for requests filed in {@code [from, to)}. */
  Stream<ReportFact> reportFacts(Instant from, Instant to);

  /**
   * The facts of one request that the SLA report adds up.
   *
   * @param technician the display name of the technician, or null
   */
  record ReportFact(
      long requestId,
      Instant createdAt,
      String categoryCode,
      String categoryName,
      String technician,
      ClockStatus response,
      ClockStatus resolution,
      SlaLevel level,
      long heldCallCenterSeconds,
      long heldTechnicianSeconds,
      long heldResponsibleSeconds,
      long heldRequesterSeconds) {}
}

package org.ehelp.domain.model.request;

import java.time.Instant;
import java.util.Set;
import org.ehelp.domain.model.sla.SlaLevel;

/**
 * Criteria of a request list; null or empty fields do not filter.
 *
 * @param states any of these states
 * @param requesterId filed for or by this person
 * @param technicianId assigned to this technician
 * @param categoryCode in this category
 * @param createdFrom created at or after
 * @param createdTo created before
 * @param text title contains this text, ignoring case, or the request number is this text
 * @param approverId with a pending approval asked of this person
 * @param contributorId with an open or started task given to this person
 * @param priorities any of these priorities
 * @param supportGroupIds held by any of these support groups
 * @param slaLevels whose SLA is at one of these levels
 * @param order the order of the list; newest first when null
 * @param requesterOnly with {@code requesterId}, only the requests that are for the person, not
 *     those they filed for someone else
 */
public record RequestFilter(
    Set<RequestState> states,
    Long requesterId,
    Long technicianId,
    String categoryCode,
    Instant createdFrom,
    Instant createdTo,
    String text,
    Long approverId,
    Long contributorId,
    Set<Priority> priorities,
    Set<Long> supportGroupIds,
    Set<SlaLevel> slaLevels,
    RequestOrder order,
    boolean requesterOnly) {

  public static RequestFilter all() {
    return new RequestFilter(Set.of(), null, null, null, null, null, null);
  }

  /** Criteria without the approval and task conditions. */
  public RequestFilter(
      Set<RequestState> states,
      Long requesterId,
      Long technicianId,
      String categoryCode,
      Instant createdFrom,
      Instant createdTo,
      String text) {
    this(states, requesterId, technicianId, categoryCode, createdFrom, createdTo, text, null, null);
  }

  /** Criteria without the priority, support group and SLA conditions, newest first. */
  public RequestFilter(
      Set<RequestState> states,
      Long requesterId,
      Long technicianId,
      String categoryCode,
      Instant createdFrom,
      Instant createdTo,
      String text,
      Long approverId,
      Long contributorId) {
    this(
        states,
        requesterId,
        technicianId,
        categoryCode,
        createdFrom,
        createdTo,
        text,
        approverId,
        contributorId,
        Set.of(),
        Set.of());
  }

  /** Criteria without the SLA conditions, newest first. */
  public RequestFilter(
      Set<RequestState> states,
      Long requesterId,
      Long technicianId,
      String categoryCode,
      Instant createdFrom,
      Instant createdTo,
      String text,
      Long approverId,
      Long contributorId,
      Set<Priority> priorities,
      Set<Long> supportGroupIds) {
    this(
        states,
        requesterId,
        technicianId,
        categoryCode,
        createdFrom,
        createdTo,
        text,
        approverId,
        contributorId,
        priorities,
        supportGroupIds,
        Set.of(),
        RequestOrder.NEWEST);
  }

  /** Criteria of every kind but {@code requesterOnly}. */
  public RequestFilter(
      Set<RequestState> states,
      Long requesterId,
      Long technicianId,
      String categoryCode,
      Instant createdFrom,
      Instant createdTo,
      String text,
      Long approverId,
      Long contributorId,
      Set<Priority> priorities,
      Set<Long> supportGroupIds,
      Set<SlaLevel> slaLevels,
      RequestOrder order) {
    this(
        states,
        requesterId,
        technicianId,
        categoryCode,
        createdFrom,
        createdTo,
        text,
        approverId,
        contributorId,
        priorities,
        supportGroupIds,
        slaLevels,
        order,
        false);
  }

  public RequestFilter {
    states = states == null ? Set.of() : Set.copyOf(states);
    priorities = priorities == null ? Set.of() : Set.copyOf(priorities);
    supportGroupIds = supportGroupIds == null ? Set.of() : Set.copyOf(supportGroupIds);
    slaLevels = slaLevels == null ? Set.of() : Set.copyOf(slaLevels);
    order = order == null ? RequestOrder.NEWEST : order;
  }

  /** Returns the same criteria restricted to SLA levels (none: any level), in the given order. */
  public RequestFilter withSla(Set<SlaLevel> levels, RequestOrder newOrder) {
    return new RequestFilter(
        states,
        requesterId,
        technicianId,
        categoryCode,
        createdFrom,
        createdTo,
        text,
        approverId,
        contributorId,
        priorities,
        supportGroupIds,
        levels,
        newOrder,
        requesterOnly);
  }

  /** Returns these criteria with the text condition replaced. */
  public RequestFilter withText(String newText) {
    return new RequestFilter(
        states,
        requesterId,
        technicianId,
        categoryCode,
        createdFrom,
        createdTo,
        newText,
        approverId,
        contributorId,
        priorities,
        supportGroupIds,
        slaLevels,
        order,
        requesterOnly);
  }

  /** Returns these criteria limited to the requests that are for the requester. */
  public RequestFilter forRequesterOnly() {
    return new RequestFilter(
        states,
        requesterId,
        technicianId,
        categoryCode,
        createdFrom,
        createdTo,
        text,
        approverId,
        contributorId,
        priorities,
        supportGroupIds,
        slaLevels,
        order,
        true);
  }
}

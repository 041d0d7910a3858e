package org.ehelp.domain.model.majorevent;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Major events and the requests attached to them. */
public interface MajorEventRepository {

  void add(MajorEvent event);

  Optional<MajorEvent> findById(long id);

  /** Returns the events under way at that instant, the earliest start first. */
  List<MajorEvent> findCurrent(Instant now);

  /** Returns the newest events by start, at most {@code limit}. */
  List<MajorEvent> findLatest(int limit);

  /** Returns the id of every event, for a rebuild of the search index. */
  List<Long> findAllIds();

  void attach(AttachedRequest attached);

  /** Returns the requests attached to the event, in the order they were attached. */
  List<AttachedRequest> findAttached(long eventId);

  /** Returns the ids, among {@code requestIds}, of the requests already attached to the event. */
  List<Long> findAttachedIds(long eventId, List<Long> requestIds);

  /** Returns the events a request is attached to, newest first. */
  List<MajorEvent> findByRequest(long requestId);

  /** Returns how many requests are attached to each of the events. */
  Map<Long, Long> countAttached(List<Long> eventIds);
}

package org.ehelp.domain.model.request;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The requests, read through the access rule so that a list never shows what its reader may not.
 */
public interface RequestRepository {

  Optional<ServiceRequest> findById(long id);

  /** Finds one request, locked against concurrent changes until the transaction ends. */
  Optional<ServiceRequest> findForUpdate(long id);

  boolean existsByExternalRef(String externalRef);

  void add(ServiceRequest request);

  /** Finds the request a person filed under an idempotency key. */
  Optional<Long> findByIdempotencyKey(long personId, String key);

  /** Stores an idempotency key; a second one for the same person and key fails at commit. */
  void rememberIdempotencyKey(IdempotencyRecord record);

  /** Writes pending changes now, so that generated ids and versions are known. */
  void flush();

  /**
   * Lists requests matching the filter that carry one of the reader's access keys, in the filter's
   * order, from the position after {@code after} (keyset pagination).
   *
   * @param readerKeys the reader's access keys, or empty when the reader sees everything
   */
  List<ServiceRequest> list(RequestFilter filter, Set<String> readerKeys, Cursor after, int limit);

  /**
   * Lists one page of the requests matching the filter that carry one of the reader's access keys,
   * in the given order, with the people and category of each row read in the same query.
   *
   * @param readerKeys the reader's access keys, or empty when the reader sees everything
   * @param offset the number of rows before the page
   */
  List<RequestListing> listing(
      RequestFilter filter, Set<String> readerKeys, RequestSort sort, int offset, int limit);

  /** Counts what {@link #list} would return without pagination. */
  long count(RequestFilter filter, Set<String> readerKeys);

  /** Lists requests on hold whose resume date has come. */
  List<Long> findDueForResume(Instant now, int limit);

  /**
   * Lists accepted requests that have waited for their closing since before {@code acceptedBefore}.
   */
  List<Long> findDueForClosing(Instant acceptedBefore, int limit);

  /**
   * Returns the requests waiting for validation that were sent to their requester at or before
   * {@code sentBefore}, the longest waiting first.
   *
   * @param unremindedOnly leave out those whose requester was reminded since they were sent
   * @return when each was sent, by request id, in that order
   */
  Map<Long, Instant> findAwaitingValidation(Instant sentBefore, boolean unremindedOnly, int limit);

  /** Counts the requests assigned to each technician in an open state, keyed by person id. */
  Map<Long, Long> openLoadByTechnician();

  /**
   * A position in a list: the last row of the previous page.
   *
   * @param at the row's filing time in the newest-first order, or its SLA deadline in the deadline
   *     order (null for a row without one)
   */
  record Cursor(Instant at, long id) {}
}

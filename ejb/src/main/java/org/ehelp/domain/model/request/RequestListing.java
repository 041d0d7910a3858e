package org.ehelp.domain.model.request;

import java.time.Instant;

/**
 * One row of a request list, read in the same query as the rest of its page, so that a page costs
 * the same number of SQL statements whatever its size.
 */
public record RequestListing(
    long id,
    String title,
    RequestState state,
    Priority priority,
    Channel channel,
    String categoryCode,
    String categoryName,
    long requesterId,
    String requesterLogin,
    String requesterName,
    String requesterEmail,
    Long technicianId,
    String technicianLogin,
    String technicianName,
    String technicianEmail,
    Instant createdAt,
    Instant updatedAt,
    long version) {}

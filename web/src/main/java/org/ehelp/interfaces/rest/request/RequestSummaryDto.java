package org.ehelp.interfaces.rest.request;

import java.time.Instant;
import org.ehelp.domain.model.request.Channel;
import org.ehelp.domain.model.request.Priority;
import org.ehelp.domain.model.request.RequestState;
import org.ehelp.interfaces.rest.directory.PersonDto;

/** One line of a request list, with its SLA mark. */
public record RequestSummaryDto(
    long id,
    String number,
    String title,
    RequestState state,
    Priority priority,
    Channel channel,
    String categoryCode,
    String categoryName,
    PersonDto requester,
    PersonDto technician,
    Instant createdAt,
    Instant updatedAt,
    long version,
    SlaMarkDto sla) {}

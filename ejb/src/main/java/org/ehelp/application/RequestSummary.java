package org.ehelp.application;

import java.time.Instant;
import org.ehelp.application.sla.SlaMark;
import org.ehelp.domain.model.request.Channel;
import org.ehelp.domain.model.request.Priority;
import org.ehelp.domain.model.request.RequestListing;
import org.ehelp.domain.model.request.RequestNumber;
import org.ehelp.domain.model.request.RequestState;
import org.ehelp.domain.model.request.ServiceRequest;

/** One line of a request list, with the SLA mark lists show. */
public record RequestSummary(
    long id,
    String number,
    String title,
    RequestState state,
    Priority priority,
    Channel channel,
    String categoryCode,
    String categoryName,
    PersonRef requester,
    PersonRef technician,
    Instant createdAt,
    Instant updatedAt,
    long version,
    SlaMark sla) {

  public static RequestSummary of(ServiceRequest request) {
    return of(request, SlaMark.NONE);
  }

  public static RequestSummary of(ServiceRequest request, SlaMark sla) {
    return new RequestSummary(
        request.getId(),
        request.getNumber().toString(),
        request.getTitle(),
        request.getState(),
        request.getPriority(),
        request.getChannel(),
        request.getCategory() == null ? null : request.getCategory().getCode(),
        request.getCategory() == null ? null : request.getCategory().getName(),
        PersonRef.of(request.getRequester()),
        PersonRef.of(request.getTechnician()),
        request.getCreatedAt(),
        request.getUpdatedAt(),
        request.getVersion(),
        sla);
  }

  /** Returns the line of a list row, with the SLA mark read for its page. */
  public static RequestSummary of(RequestListing row, SlaMark sla) {
    PersonRef technician =
        row.technicianId() == null
            ? null
            : new PersonRef(
                row.technicianId(),
                row.technicianLogin(),
                row.technicianName(),
                row.technicianEmail());
    return new RequestSummary(
        row.id(),
        new RequestNumber(row.id()).toString(),
        row.title(),
        row.state(),
        row.priority(),
        row.channel(),
        row.categoryCode(),
        row.categoryName(),
        new PersonRef(
            row.requesterId(), row.requesterLogin(), row.requesterName(), row.requesterEmail()),
        technician,
        row.createdAt(),
        row.updatedAt(),
        row.version(),
        sla);
  }
}

package org.ehelp.interfaces.rest.request;

import java.time.Instant;
import java.util.List;
import org.ehelp.domain.model.request.Channel;
import org.ehelp.domain.model.request.Priority;
import org.ehelp.domain.model.request.RequestState;
import org.ehelp.interfaces.rest.directory.PersonDto;

/**
 * One request as its reader may see it. History and comments have their own endpoints.
 *
 * @param version the optimistic-lock version, also sent as the {@code ETag}
 * @param actions the actions the reader may take now, in kebab case; task actions are listed per
 *     task
 */
public record RequestDto(
    long id,
    String number,
    String title,
    String description,
    RequestState state,
    Priority priority,
    Channel channel,
    String categoryCode,
    String categoryName,
    PersonDto requester,
    PersonDto filer,
    PersonDto technician,
    String supportGroup,
    String solution,
    String holdReason,
    Instant resumeAt,
    Instant createdAt,
    Instant updatedAt,
    Instant closedAt,
    long version,
    List<String> actions,
    List<TaskDto> tasks,
    List<ApprovalDto> approvals,
    SlaMarkDto sla) {}

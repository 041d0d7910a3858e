package org.ehelp.application.sla;

import org.ehelp.domain.model.request.Priority;

/**
 * An SLA policy as an admin writes it. Empty criteria match any request.
 *
 * @param categoryCode the category it applies to, or null for any
 * @param priority the priority it applies to, or null for any
 * @param requesterGroup the name of the group the requester belongs to, or null for any
 * @param calendarId the calendar the targets count in, or null for the default calendar
 * @param responseMinutes business minutes to take the request in charge
 * @param resolutionMinutes business minutes to mark it realized
 * @param warningPercent the warning threshold in percent of each target, 1 to 100; null for 75
 * @param active whether it applies; null for yes
 */
public record PolicyDraft(
    String name,
    String categoryCode,
    Priority priority,
    String requesterGroup,
    Long calendarId,
    int responseMinutes,
    int resolutionMinutes,
    Integer warningPercent,
    Boolean active) {}

package org.ehelp.interfaces.rest.sla;

/**
 * An SLA policy. Absent criteria match any request. Of the active policies matching a request, the
 * one setting the most criteria applies. Among those setting as many, a requester group counts
 * before a category, and a category before a priority.
 *
 * @param id set by eHelp; ignored on input
 * @param categoryCode the category it applies to
 * @param categoryName set by eHelp; ignored on input
 * @param priority P1 to P4
 * @param requesterGroup the name of a group the requester belongs to
 * @param calendarId the calendar the targets count in; absent for the default calendar
 * @param calendarName set by eHelp; ignored on input
 * @param responseMinutes business minutes to take the request in charge
 * @param resolutionMinutes business minutes to mark it realized
 * @param warningPercent the warning threshold in percent of each target; 75 when absent
 * @param active whether it applies; true when absent
 * @param version set by eHelp; send it back as If-Match to update
 */
public record PolicyDto(
    Long id,
    String name,
    String categoryCode,
    String categoryName,
    String priority,
    String requesterGroup,
    Long calendarId,
    String calendarName,
    Integer responseMinutes,
    Integer resolutionMinutes,
    Integer warningPercent,
    Boolean active,
    Long version) {}

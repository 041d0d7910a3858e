package org.ehelp.interfaces.rest.sla;

import java.util.List;
import java.util.Map;

/**
 * A business calendar.
 *
 * @param id set by eHelp; ignored on input
 * @param timeZone an IANA time zone such as Europe/Paris
 * @param alwaysOpen open around the clock every day (24/7); hours are then ignored
 * @param hours the slots of each weekday (MONDAY to SUNDAY) as HH:MM-HH:MM, the end possibly 24:00;
 *     a weekday left out is closed
 * @param holidays the holidays; absent on input keeps the calendar's
 * @param defaultCalendar whether policies without a calendar count in this one
 * @param version set by eHelp; send it back as If-Match to update
 */
public record CalendarDto(
    Long id,
    String name,
    String timeZone,
    boolean alwaysOpen,
    Map<String, List<String>> hours,
    List<HolidayDto> holidays,
    boolean defaultCalendar,
    Long version) {}

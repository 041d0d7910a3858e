package org.ehelp.interfaces.rest.sla;

import java.util.List;

/**
 * The outcome of an iCalendar import.
 *
 * @param added holidays added to the calendar
 * @param skipped events left out, each with the reason
 */
public record HolidayImportDto(CalendarDto calendar, int added, List<String> skipped) {}

package org.ehelp.interfaces.rest.sla;

import java.util.List;

/**
 * What an iCalendar import did.
 *
 * @param added holidays added to the calendar
 * @param skipped events left out, each with the reason
 */
public record HolidayImportDto(CalendarDto calendar, int added, List<String> skipped) {}

package org.ehelp.interfaces.rest.sla;

/**
 * A holiday of a business calendar.
 *
 * @param first the first day closed, YYYY-MM-DD
 * @param last the last day closed, included; absent for a one-day holiday
 * @param yearly whether it repeats on the same month and day every year
 */
public record HolidayDto(String name, String first, String last, boolean yearly) {}

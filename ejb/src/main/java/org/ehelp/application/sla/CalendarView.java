package org.ehelp.application.sla;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.ehelp.application.sla.CalendarDraft.HolidayDraft;

/** A business calendar as admin screens and the API show it. */
public record CalendarView(
    long id,
    String name,
    String timeZone,
    boolean alwaysOpen,
    Map<DayOfWeek, List<String>> hours,
    List<HolidayDraft> holidays,
    boolean defaultCalendar,
    long version) {}

package org.ehelp.interfaces.rest.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ehelp.application.sla.CalendarDraft;
import org.ehelp.application.sla.CalendarDraft.HolidayDraft;
import org.ehelp.application.sla.CalendarView;
import org.ehelp.application.sla.PolicyDraft;
import org.ehelp.application.sla.PolicyView;
import org.ehelp.application.sla.SlaExplanation;
import org.ehelp.application.sla.SlaReport;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.model.request.Priority;
import org.ehelp.interfaces.rest.QueryParams;
import org.ehelp.interfaces.rest.request.SlaMarkDto;

/** Turns the SLA read models of the application into the API's DTOs, and the DTOs into drafts. */
final class SlaMapper {

  private SlaMapper() {}

  static CalendarDto calendar(CalendarView view) {
    Map<String, List<String>> hours = new LinkedHashMap<>();
    view.hours().forEach((day, slots) -> hours.put(day.name(), slots));
    return new CalendarDto(
        view.id(),
        view.name(),
        view.timeZone(),
        view.alwaysOpen(),
        hours,
        view.holidays().stream()
            .map(h -> new HolidayDto(h.name(), h.first(), h.last(), h.yearly()))
            .toList(),
        view.defaultCalendar(),
        view.version());
  }

  static CalendarDraft draft(CalendarDto dto) {
    CalendarDto input = QueryParams.body(dto);
    Map<DayOfWeek, List<String>> hours = new EnumMap<>(DayOfWeek.class);
    if (input.hours() != null) {
      input.hours().forEach((day, slots) -> hours.put(day(day), slots));
    }
    List<HolidayDraft> holidays =
        input.holidays() == null
            ? null
            : input.holidays().stream()
                .map(h -> new HolidayDraft(h.name(), h.first(), h.last(), h.yearly()))
                .toList();
    return new CalendarDraft(
        input.name(),
        input.timeZone(),
        input.alwaysOpen(),
        hours,
        holidays,
        input.defaultCalendar());
  }

  static PolicyDto policy(PolicyView view) {
    return new PolicyDto(
        view.id(),
        view.name(),
        view.categoryCode(),
        view.categoryName(),
        view.priority() == null ? null : view.priority().name(),
        view.requesterGroup(),
        view.calendarId(),
        view.calendarName(),
        view.responseMinutes(),
        view.resolutionMinutes(),
        view.warningPercent(),
        view.active(),
        view.version());
  }

  static PolicyDraft draft(PolicyDto dto) {
    PolicyDto input = QueryParams.body(dto);
    return new PolicyDraft(
        input.name(),
        input.categoryCode(),
        QueryParams.constant("priority", input.priority(), Priority.class),
        input.requesterGroup(),
        input.calendarId(),
        required("responseMinutes", input.responseMinutes()),
        required("resolutionMinutes", input.resolutionMinutes()),
        input.warningPercent(),
        input.active());
  }

  static SlaReportDto report(SlaReport report) {
    return new SlaReportDto(
        report.from().toString(),
        report.to().toString(),
        report.zone(),
        line(report.total()),
        report.byCategory().stream().map(SlaMapper::line).toList(),
        report.byTechnician().stream().map(SlaMapper::line).toList(),
        report.byMonth().stream().map(SlaMapper::line).toList());
  }

  static SlaExplanationDto explanation(SlaExplanation e) {
    Map<String, Long> held = new LinkedHashMap<>();
    e.held().forEach((party, time) -> held.put(party.name(), time.getSeconds()));
    return new SlaExplanationDto(
        e.requestId(),
        SlaMarkDto.of(e.mark()),
        e.policyName(),
        e.calendarName(),
        e.calendarZone(),
        e.warningPercent(),
        e.pausedStates().stream().map(Enum::name).toList(),
        e.targets().stream().map(SlaMapper::target).toList(),
        held,
        e.alerts().stream()
            .map(
                a ->
                    new SlaExplanationDto.AlertDto(
                        a.target().name(),
                        a.threshold().name(),
                        a.reachedAt(),
                        a.raisedAt(),
                        a.deliverAfter(),
                        a.deliveredAt(),
                        a.recipients()))
            .toList());
  }

  private static SlaExplanationDto.TargetDto target(SlaExplanation.TargetExplanation t) {
    return new SlaExplanationDto.TargetDto(
        t.target().name(),
        t.status().name(),
        t.goal().getSeconds(),
        t.elapsed().getSeconds(),
        t.remaining().getSeconds(),
        t.warnAt(),
        t.dueAt(),
        t.stoppedAt(),
        t.marked() == null ? null : t.marked().name(),
        t.counted().stream()
            .map(p -> new SlaExplanationDto.PeriodDto(p.start(), p.end(), p.length().getSeconds()))
            .toList(),
        t.truncated(),
        t.holidays().stream()
            .map(h -> new HolidayDto(h.name(), h.date().toString(), null, false))
            .toList(),
        t.pauses().stream()
            .map(
                p ->
                    new SlaExplanationDto.PauseDto(
                        p.state().name(), p.start(), p.end(), p.stopped()))
            .toList());
  }

  private static SlaReportDto.LineDto line(SlaReport.Line line) {
    return new SlaReportDto.LineDto(
        line.key(),
        line.label(),
        line.requests(),
        line.responseMeasured(),
        line.responseMet(),
        line.responseCompliance(),
        line.resolutionMeasured(),
        line.resolutionMet(),
        line.resolutionCompliance(),
        line.breachedOpen(),
        hours(line.heldCallCenter()),
        hours(line.heldTechnician()),
        hours(line.heldResponsible()),
        hours(line.heldRequester()));
  }

  private static double hours(Duration duration) {
    return Math.round(duration.getSeconds() / 360.0) / 10.0;
  }

  private static DayOfWeek day(String name) {
    try {
      return DayOfWeek.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.invalid", "hours", name);
    }
  }

  private static int required(String field, Integer value) {
    if (value == null) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.missing", field);
    }
    return value;
  }
}

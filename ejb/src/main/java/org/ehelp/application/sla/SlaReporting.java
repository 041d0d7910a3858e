package org.ehelp.application.sla;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ehelp.application.CurrentUser;
import org.ehelp.domain.error.ActionRejectedException;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.i18n.Messages;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.Role;
import org.ehelp.domain.model.sla.ClockStatus;
import org.ehelp.domain.model.sla.SlaCalendar;
import org.ehelp.domain.model.sla.SlaLevel;
import org.ehelp.domain.model.sla.SlaRepository;
import org.ehelp.domain.model.sla.SlaRepository.ReportFact;

/**
 * The SLA report of the requests filed in a range of months that a policy applied to. It counts the
 * targets met by category, by technician and by month, and where the time went: the business time
 * held by the call center, the technician, the responsible and the requester, up to each request's
 * last change. Admins only. The CSV export makes every cell safe to open in a spreadsheet.
 */
@Stateless
public class SlaReporting {

  /** The maximum range of one report, in months. */
  public static final int MAX_MONTHS = 36;

  @Inject private CurrentUser currentUser;

  @Inject private SlaRepository repository;

  /**
   * Builds the report of the requests filed from the first day of {@code from} to the last day of
   * {@code to}, months read in the default calendar's time zone.
   */
  public SlaReport report(YearMonth from, YearMonth to) {
    if (!currentUser.require().hasRole(Role.ADMIN)) {
      throw ActionRejectedException.forbidden("error.sla.adminOnly");
    }
    return build(from, to);
  }

  /**
   * Returns the compliance of each of the last {@code months} months, the current one included, for
   * the dashboards of the call center and admins.
   */
  public List<SlaReport.Line> monthlyCompliance(int months) {
    Person caller = currentUser.require();
    if (!caller.hasRole(Role.CALL_CENTER) && !caller.hasRole(Role.ADMIN)) {
      throw ActionRejectedException.forbidden("error.sla.staffOnly");
    }
    ZoneId zone = repository.findDefaultCalendar().map(SlaCalendar::getZone).orElse(ZoneOffset.UTC);
    YearMonth now = YearMonth.now(zone);
    return build(now.minusMonths(Math.max(1, months) - 1L), now).byMonth();
  }

  private SlaReport build(YearMonth from, YearMonth to) {
    if (to.isBefore(from) || from.plusMonths(MAX_MONTHS - 1L).isBefore(to)) {
      throw new InvalidInputException("EH-SLA-400", "error.sla.reportRange", from, to, MAX_MONTHS);
    }
    ZoneId zone = repository.findDefaultCalendar().map(SlaCalendar::getZone).orElse(ZoneOffset.UTC);
    Instant start = from.atDay(1).atStartOfDay(zone).toInstant();
    Instant end = to.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();

    Group total = new Group("", "");
    Map<String, Group> byCategory = new TreeMap<>();
    Map<String, Group> byTechnician = new TreeMap<>();
    Map<String, Group> byMonth = new TreeMap<>();
    try (Stream<ReportFact> facts = repository.reportFacts(start, end)) {
      facts.forEach(
          fact -> {
            total.add(fact);
            String category = fact.categoryCode() == null ? "" : fact.categoryCode();
            String categoryName = fact.categoryName() == null ? "" : fact.categoryName();
            byCategory.computeIfAbsent(category, k -> new Group(k, categoryName)).add(fact);
            String technician = fact.technician() == null ? "" : fact.technician();
            byTechnician.computeIfAbsent(technician, k -> new Group(k, k)).add(fact);
            String month = YearMonth.from(fact.createdAt().atZone(zone)).toString();
            byMonth.computeIfAbsent(month, k -> new Group(k, k)).add(fact);
          });
    }
    return new SlaReport(
        from,
        to,
        zone.getId(),
        total.line(),
        lines(byCategory),
        lines(byTechnician),
        lines(byMonth));
  }

  /**
   * Writes the report as CSV: one line per group, the first column naming the grouping. Column
   * names are in the reader's language; durations are hours with one decimal.
   */
  public String csv(SlaReport report, Locale locale) {
    List<String> header =
        List.of(
            "group",
            "key",
            "label",
            "requests",
            "responseMeasured",
            "responseMet",
            "responseCompliancePercent",
            "resolutionMeasured",
            "resolutionMet",
            "resolutionCompliancePercent",
            "breachedOpen",
            "hoursCallCenter",
            "hoursTechnician",
            "hoursResponsible",
            "hoursRequester");
    StringWriter out = new StringWriter();
    try (CSVPrinter printer =
        CSVFormat.DEFAULT
            .builder()
            .setHeader(
                header.stream()
                    .map(h -> Messages.text(locale, "sla.report.column." + h))
                    .toArray(String[]::new))
            .build()
            .print(out)) {
      print(printer, Messages.text(locale, "sla.report.total"), List.of(report.total()));
      print(printer, Messages.text(locale, "sla.report.byCategory"), report.byCategory());
      print(printer, Messages.text(locale, "sla.report.byTechnician"), report.byTechnician());
      print(printer, Messages.text(locale, "sla.report.byMonth"), report.byMonth());
    } catch (IOException e) {
      throw new UncheckedIOException("Writing the SLA report to memory failed", e);
    }
    return out.toString();
  }

  private static void print(CSVPrinter printer, String group, List<SlaReport.Line> lines)
      throws IOException {
    for (SlaReport.Line line : lines) {
      printer.printRecord(
          Stream.of(
                  group,
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
                  hours(line.heldRequester()))
              .map(SlaReporting::safeCell)
              .toList());
    }
  }

  /**
   * Returns a cell a spreadsheet shows as text: a value starting with =, +, -, @, a tab or a
   * carriage return would be read as a formula, so it gets a leading apostrophe. Numbers are
   * written as they are, a negative one included.
   */
  static String safeCell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number) {
      return value.toString();
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  private static String hours(Duration duration) {
    return String.format(Locale.ROOT, "%.1f", duration.getSeconds() / 3600.0);
  }

  private static List<SlaReport.Line> lines(Map<String, Group> groups) {
    List<SlaReport.Line> lines = new ArrayList<>();
    groups.values().stream()
        .sorted(Comparator.comparing((Group g) -> g.key))
        .map(Group::line)
        .forEach(lines::add);
    return lines;
  }

  /** Adds up the facts of one group. */
  private static final class Group {
    private final String key;
    private final String label;
    private int requests;
    private int responseMeasured;
    private int responseMet;
    private int resolutionMeasured;
    private int resolutionMet;
    private int breachedOpen;
    private long callCenter;
    private long technician;
    private long responsible;
    private long requester;

    Group(String key, String label) {
      this.key = key;
      this.label = label;
    }

    void add(ReportFact fact) {
      requests++;
      if (fact.response().isMeasured()) {
        responseMeasured++;
        responseMet += fact.response() == ClockStatus.MET ? 1 : 0;
      }
      if (fact.resolution().isMeasured()) {
        resolutionMeasured++;
        resolutionMet += fact.resolution() == ClockStatus.MET ? 1 : 0;
      }
      breachedOpen += fact.level() == SlaLevel.BREACHED ? 1 : 0;
      callCenter += fact.heldCallCenterSeconds();
      technician += fact.heldTechnicianSeconds();
      responsible += fact.heldResponsibleSeconds();
      requester += fact.heldRequesterSeconds();
    }

    SlaReport.Line line() {
      return new SlaReport.Line(
          key,
          label,
          requests,
          responseMeasured,
          responseMet,
          resolutionMeasured,
          resolutionMet,
          breachedOpen,
          Duration.ofSeconds(callCenter),
          Duration.ofSeconds(technician),
          Duration.ofSeconds(responsible),
          Duration.ofSeconds(requester));
    }
  }
}

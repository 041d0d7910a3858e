package org.ehelp.interfaces.web.sla;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.ehelp.application.sla.SlaReport;
import org.ehelp.application.sla.SlaReporting;
import org.ehelp.interfaces.web.session.UserSession;
import org.ehelp.interfaces.web.support.Pages;
import org.ehelp.interfaces.web.support.Texts;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The admin page of the SLA report, with its CSV export. */
@Named
@ViewScoped
public class SlaReportView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SlaReporting reporting;

  @Inject private UserSession user;

  private String from;
  private String to;
  private SlaReport report;

  @PostConstruct
  void init() {
    YearMonth now = YearMonth.now(Clock.systemUTC());
    to = now.toString();
    from = now.minusMonths(11).toString();
    if (user.hasRole("ADMIN")) {
      report = reporting.report(now.minusMonths(11), now);
    }
  }

  /** Sends 403 to anyone but an admin. */
  public void requireAdmin() throws IOException {
    if (!user.hasRole("ADMIN")) {
      Pages.forbidden();
    }
  }

  /** Builds the report of the months chosen. */
  public void show() {
    YearMonth first = month(from);
    YearMonth last = month(to);
    if (first != null && last != null) {
      report = reporting.report(first, last);
    }
  }

  /** Returns the report as a CSV download. */
  public StreamedContent getCsv() {
    byte[] csv = reporting.csv(report, Texts.locale()).getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name("sla-report-" + report.from() + "-" + report.to() + ".csv")
        .contentType("text/csv; charset=UTF-8")
        .stream(() -> new ByteArrayInputStream(csv))
        .build();
  }

  private static YearMonth month(String value) {
    try {
      return YearMonth.parse(value == null ? "" : value.strip());
    } catch (DateTimeParseException e) {
      Texts.error("sla.report.monthInvalid", value);
      return null;
    }
  }

  public SlaReport getReport() {
    return report;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}

package org.ehelp.interfaces.rest.sla;

import java.util.List;

/**
 * SLA compliance of the requests filed in a range of months.
 *
 * @param from the first month, YYYY-MM
 * @param to the last month, included
 * @param zone the time zone months are read in
 */
public record SlaReportDto(
    String from,
    String to,
    String zone,
    LineDto total,
    List<LineDto> byCategory,
    List<LineDto> byTechnician,
    List<LineDto> byMonth) {

  /**
   * One group of requests.
   *
   * @param responseCompliancePercent take-in-charge targets met, in percent of those decided
   * @param resolutionCompliancePercent resolution targets met, in percent of those decided
   * @param breachedOpen requests still open past their deadline
   * @param hoursCallCenter business hours held by the call center, in total
   */
  public record LineDto(
      String key,
      String label,
      int requests,
      int responseMeasured,
      int responseMet,
      Double responseCompliancePercent,
      int resolutionMeasured,
      int resolutionMet,
      Double resolutionCompliancePercent,
      int breachedOpen,
      double hoursCallCenter,
      double hoursTechnician,
      double hoursResponsible,
      double hoursRequester) {}
}

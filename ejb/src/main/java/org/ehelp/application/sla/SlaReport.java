package org.ehelp.application.sla;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

/**
 * SLA compliance of the requests filed in a range of months, grouped three ways.
 *
 * @param zone the time zone the months are read in: the default calendar's, or UTC
 */
public record SlaReport(
    YearMonth from,
    YearMonth to,
    String zone,
    Line total,
    List<Line> byCategory,
    List<Line> byTechnician,
    List<Line> byMonth) {

  /**
   * One group of requests.
   *
   * @param key the category code, the technician's name or the month (YYYY-MM); empty for none
   * @param label a name to show: the category's name, the technician's name or the month
   * @param requests requests filed with a policy
   * @param responseMeasured take-in-charge targets decided (met or missed)
   * @param responseMet of those, met
   * @param resolutionMeasured resolution targets decided (met or missed)
   * @param resolutionMet of those, met
   * @param breachedOpen requests still open past their current deadline
   * @param heldCallCenter business time the call center held the requests, in total
   */
  public record Line(
      String key,
      String label,
      int requests,
      int responseMeasured,
      int responseMet,
      int resolutionMeasured,
      int resolutionMet,
      int breachedOpen,
      Duration heldCallCenter,
      Duration heldTechnician,
      Duration heldResponsible,
      Duration heldRequester) {

    /** Returns the share of decided take-in-charge targets met, in percent, or null for none. */
    public Double responseCompliance() {
      return percent(responseMet, responseMeasured);
    }

    /** Returns the share of decided resolution targets met, in percent, or null for none. */
    public Double resolutionCompliance() {
      return percent(resolutionMet, resolutionMeasured);
    }

    private static Double percent(int part, int whole) {
      return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }
  }
}

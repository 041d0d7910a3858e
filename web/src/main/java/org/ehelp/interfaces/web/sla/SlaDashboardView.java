package org.ehelp.interfaces.web.sla;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ehelp.application.sla.SlaReport;
import org.ehelp.application.sla.SlaReporting;
import org.ehelp.interfaces.web.session.UserSession;
import org.ehelp.interfaces.web.support.Texts;
import org.primefaces.model.charts.ChartData;
import org.primefaces.model.charts.axes.cartesian.CartesianScales;
import org.primefaces.model.charts.axes.cartesian.linear.CartesianLinearAxes;
import org.primefaces.model.charts.line.LineChartDataSet;
import org.primefaces.model.charts.line.LineChartModel;
import org.primefaces.model.charts.line.LineChartOptions;

/** The SLA compliance chart of the dashboard: the last twelve months, with a table of figures. */
@Named
@ViewScoped
public class SlaDashboardView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MONTHS = 12;
  // The dashboard's blue and green, which keep 3:1 contrast on the white card.
  private static final String BLUE = "#1d5fa8";
  private static final String GREEN = "#2b7a3d";

  @Inject private SlaReporting reporting;

  @Inject private UserSession user;

  private List<SlaReport.Line> months = List.of();
  private LineChartModel compliance;

  @PostConstruct
  void init() {
    if (!user.isCallCenter()) {
      return;
    }
    months = reporting.monthlyCompliance(MONTHS);
    compliance = chart();
  }

  /** Whether some month has a target met or missed, so that the chart has something to show. */
  public boolean isMeasured() {
    return months.stream().anyMatch(m -> m.responseMeasured() + m.resolutionMeasured() > 0);
  }

  public List<SlaReport.Line> getMonths() {
    return months;
  }

  public LineChartModel getCompliance() {
    return compliance;
  }

  private LineChartModel chart() {
    ChartData data = new ChartData();
    data.addChartDataSet(line("sla.dashboard.response", SlaReport.Line::responseCompliance, BLUE));
    data.addChartDataSet(
        line("sla.dashboard.resolution", SlaReport.Line::resolutionCompliance, GREEN));
    data.setLabels(new ArrayList<>(months.stream().map(SlaReport.Line::label).toList()));

    CartesianLinearAxes percent = new CartesianLinearAxes();
    percent.setMin(0);
    percent.setMax(100);
    CartesianScales scales = new CartesianScales();
    scales.addYAxesData(percent);
    LineChartOptions options = new LineChartOptions();
    options.setScales(scales);
    options.setMaintainAspectRatio(false);
    LineChartModel model = new LineChartModel();
    model.setData(data);
    model.setOptions(options);
    return model;
  }

  private LineChartDataSet line(
      String labelKey, Function<SlaReport.Line, Double> figure, String colour) {
    LineChartDataSet set = new LineChartDataSet();
    // A month without any decided target has no compliance: the line leaves a gap there.
    set.setData(new ArrayList<Object>(months.stream().map(figure).toList()));
    set.setLabel(Texts.format(labelKey));
    set.setBorderColor(colour);
    set.setFill(false);
    set.setSpanGaps(false);
    return set;
  }
}

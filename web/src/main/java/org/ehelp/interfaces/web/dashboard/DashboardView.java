package org.ehelp.interfaces.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.ehelp.application.Dashboard;
import org.ehelp.application.DashboardService;
import org.ehelp.domain.model.request.RequestState;
import org.ehelp.interfaces.web.session.UserSession;
import org.ehelp.interfaces.web.support.Pages;
import org.ehelp.interfaces.web.support.Texts;
import org.primefaces.model.charts.ChartData;
import org.primefaces.model.charts.axes.cartesian.CartesianScales;
import org.primefaces.model.charts.axes.cartesian.linear.CartesianLinearAxes;
import org.primefaces.model.charts.axes.cartesian.linear.CartesianLinearTicks;
import org.primefaces.model.charts.bar.BarChartDataSet;
import org.primefaces.model.charts.bar.BarChartModel;
import org.primefaces.model.charts.bar.BarChartOptions;
import org.primefaces.model.charts.line.LineChartDataSet;
import org.primefaces.model.charts.line.LineChartModel;
import org.primefaces.model.charts.line.LineChartOptions;
import org.primefaces.model.charts.optionconfig.legend.Legend;

/**
 * The dashboard of the call center and admins: open requests by state and by category, and the
 * weekly backlog trend, each as a chart with the same figures in a table for screen readers.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Colours with at least 3:1 contrast against the white card, differing in lightness too. */
  private static final String BLUE = "#1d5fa8";

  private static final String ORANGE = "#b34d00";
  private static final String GREEN = "#2b7a3d";

  @Inject private DashboardService dashboards;

  @Inject private UserSession user;

  private Dashboard dashboard;
  private BarChartModel byState;
  private BarChartModel byCategory;
  private LineChartModel trend;

  @PostConstruct
  void init() {
    if (!user.isCallCenter()) {
      return;
    }
    dashboard = dashboards.dashboard(user.getZone());
    byState = bars(stateLabels(), new ArrayList<>(dashboard.openByState().values()), BLUE);
    byCategory =
        bars(categoryLabels(), new ArrayList<>(dashboard.openByCategory().values()), ORANGE);
    trend = trend();
  }

  /** Sends 403 to anyone outside the call center and the admins. */
  public void requireStaff() throws IOException {
    if (!user.isCallCenter()) {
      Pages.forbidden();
    }
  }

  private List<String> stateLabels() {
    return dashboard.openByState().keySet().stream()
        .map(state -> Texts.format("state." + state.name()))
        .toList();
  }

  private List<String> categoryLabels() {
    return dashboard.openByCategory().keySet().stream()
        .map(name -> name == null ? Texts.format("portal.dashboard.noCategory") : name)
        .toList();
  }

  private List<String> weekLabels() {
    DateTimeFormatter format =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(Texts.locale());
    return dashboard.weeks().stream().map(w -> format.format(w.start())).toList();
  }

  private static BarChartModel bars(List<String> labels, List<Long> values, String colour) {
    BarChartDataSet set = new BarChartDataSet();
    set.setData(new ArrayList<Object>(values));
    set.setLabel(Texts.format("portal.dashboard.open"));
    set.setBackgroundColor(colour);
    ChartData data = new ChartData();
    data.addChartDataSet(set);
    data.setLabels(new ArrayList<>(labels));
    BarChartOptions options = new BarChartOptions();
    options.setScales(wholeNumbers());
    options.setMaintainAspectRatio(false);
    Legend legend = new Legend();
    legend.setDisplay(false);
    options.setLegend(legend);
    BarChartModel model = new BarChartModel();
    model.setData(data);
    model.setOptions(options);
    return model;
  }

  /** A y axis from zero in whole numbers, since every figure is a count of requests. */
  private static CartesianScales wholeNumbers() {
    CartesianLinearTicks ticks = new CartesianLinearTicks();
    ticks.setPrecision(0);
    CartesianLinearAxes axis = new CartesianLinearAxes();
    axis.setBeginAtZero(true);
    axis.setTicks(ticks);
    CartesianScales scales = new CartesianScales();
    scales.addYAxesData(axis);
    return scales;
  }

  private LineChartModel trend() {
    ChartData data = new ChartData();
    data.addChartDataSet(line("portal.dashboard.filed", Dashboard.Week::filed, BLUE));
    data.addChartDataSet(line("portal.dashboard.finished", Dashboard.Week::finished, GREEN));
    data.addChartDataSet(line("portal.dashboard.backlog", Dashboard.Week::open, ORANGE));
    data.setLabels(new ArrayList<>(weekLabels()));
    LineChartOptions options = new LineChartOptions();
    options.setScales(wholeNumbers());
    options.setMaintainAspectRatio(false);
    LineChartModel model = new LineChartModel();
    model.setData(data);
    model.setOptions(options);
    return model;
  }

  private LineChartDataSet line(
      String labelKey, ToLongFunction<Dashboard.Week> figure, String colour) {
    LineChartDataSet set = new LineChartDataSet();
    set.setData(
        new ArrayList<Object>(dashboard.weeks().stream().map(figure::applyAsLong).toList()));
    set.setLabel(Texts.format(labelKey));
    set.setBorderColor(colour);
    set.setFill(false);
    set.setTension(0.1);
    return set;
  }

  public Dashboard getDashboard() {
    return dashboard;
  }

  public List<Map.Entry<RequestState, Long>> getStateRows() {
    return List.copyOf(dashboard.openByState().entrySet());
  }

  public List<Map.Entry<String, Long>> getCategoryRows() {
    return new ArrayList<>(dashboard.openByCategory().entrySet());
  }

  public BarChartModel getByState() {
    return byState;
  }

  public BarChartModel getByCategory() {
    return byCategory;
  }

  public LineChartModel getTrend() {
    return trend;
  }
}

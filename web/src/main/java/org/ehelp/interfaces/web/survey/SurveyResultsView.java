package org.ehelp.interfaces.web.survey;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ehelp.application.survey.SurveyResults;
import org.ehelp.application.survey.SurveyResults.Group;
import org.ehelp.application.survey.SurveyService;
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
import org.primefaces.model.charts.optionconfig.legend.Legend;

/**
 * The results of one campaign: satisfaction by technician, category and SLA outcome as bar charts
 * with tables beside them, the answers to each question, and the CSV export.
 */
@Named
@ViewScoped
public class SurveyResultsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String BLUE = "#0b5cad";
  private static final String GREEN = "#1e6b34";
  private static final String ORANGE = "#b35c00";

  @Inject private SurveyService surveys;

  @Inject private UserSession user;

  private Long id;
  private SurveyResults results;
  private BarChartModel byTechnician;
  private BarChartModel byCategory;
  private BarChartModel bySla;

  /** Loads the campaign named by the {@code id} parameter, or answers 403 or 404. */
  public void load() throws IOException {
    if (!user.isCallCenter() && !user.isAdmin()) {
      Pages.forbidden();
      return;
    }
    if (id == null) {
      Pages.notFound();
      return;
    }
    results = surveys.results(id);
    byTechnician = bars(results.byTechnician(), BLUE, "survey.results.noTechnician");
    byCategory = bars(results.byCategory(), ORANGE, "survey.results.noCategory");
    bySla = bars(results.bySla(), GREEN, null);
  }

  /** Sends the responses as a CSV file. */
  public void download() throws IOException {
    byte[] csv = surveys.csv(id).getBytes(StandardCharsets.UTF_8);
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("text/csv; charset=UTF-8");
    external.setResponseContentLength(csv.length);
    external.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"survey-" + id + ".csv\"");
    try (OutputStream out = external.getResponseOutputStream()) {
      out.write(csv);
    }
    faces.responseComplete();
  }

  /** Sends the campaign's invitations now. */
  public String invite() {
    int invited = surveys.inviteNow(id);
    Texts.flashInfo("survey.results.invited", invited);
    return "/surveys/results?faces-redirect=true&id=" + id;
  }

  /** Sends the campaign's one reminder now. */
  public String remind() {
    int reminded = surveys.remindNow(id);
    Texts.flashInfo("survey.results.reminded", reminded);
    return "/surveys/results?faces-redirect=true&id=" + id;
  }

  /**
   * Returns the label of a group: the SLA outcome in words when {@code noneKey} is null, else the
   * technician or category name, or the text of {@code noneKey} for requests without one.
   */
  public String label(Group group, String noneKey) {
    if (noneKey == null) {
      return Texts.format("survey.sla." + group.key());
    }
    return group.label() == null ? Texts.format(noneKey) : group.label();
  }

  private BarChartModel bars(List<Group> groups, String colour, String noneKey) {
    List<String> labels = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    for (Group group : groups) {
      labels.add(label(group, noneKey));
      values.add(group.satisfaction() == null ? 0 : group.satisfaction());
    }
    BarChartDataSet set = new BarChartDataSet();
    set.setData(values);
    set.setLabel(Texts.format("survey.results.satisfaction"));
    set.setBackgroundColor(colour);
    ChartData data = new ChartData();
    data.addChartDataSet(set);
    data.setLabels(labels);
    BarChartOptions options = new BarChartOptions();
    options.setScales(percent());
    options.setMaintainAspectRatio(false);
    Legend legend = new Legend();
    legend.setDisplay(false);
    options.setLegend(legend);
    BarChartModel model = new BarChartModel();
    model.setData(data);
    model.setOptions(options);
    return model;
  }

  /** A y axis from zero in whole numbers; every figure is a percentage of the rating scale. */
  private static CartesianScales percent() {
    CartesianLinearTicks ticks = new CartesianLinearTicks();
    ticks.setPrecision(0);
    CartesianLinearAxes axis = new CartesianLinearAxes();
    axis.setBeginAtZero(true);
    axis.setTicks(ticks);
    CartesianScales scales = new CartesianScales();
    scales.addYAxesData(axis);
    return scales;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public SurveyResults getResults() {
    return results;
  }

  public BarChartModel getByTechnician() {
    return byTechnician;
  }

  public BarChartModel getByCategory() {
    return byCategory;
  }

  public BarChartModel getBySla() {
    return bySla;
  }
}

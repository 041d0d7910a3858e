package org.ehelp.interfaces.web.sla;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ehelp.application.sla.SlaExplanation;
import org.ehelp.application.sla.SlaExplanations;
import org.ehelp.domain.model.request.Party;
import org.ehelp.interfaces.web.request.RequestView;

/** The SLA section of the request page: each deadline and how it was reached. */
@Named
@ViewScoped
public class SlaRequestView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SlaExplanations explanations;

  @Inject private RequestView requestView;

  private SlaExplanation explanation;

  /** Returns the explanation of the request the page shows, read once per view. */
  public SlaExplanation getExplanation() {
    if (explanation == null && requestView.getRequest() != null) {
      explanation = explanations.explain(requestView.getRequest().id());
    }
    return explanation;
  }

  /** Returns the parties that held the request, in the order of the lifecycle, with their time. */
  public List<Map.Entry<Party, Duration>> getHeld() {
    SlaExplanation e = getExplanation();
    if (e == null) {
      return List.of();
    }
    return List.of(Party.CALL_CENTER, Party.TECHNICIAN, Party.RESPONSIBLE, Party.REQUESTER).stream()
        .map(p -> Map.entry(p, e.held().getOrDefault(p, Duration.ZERO)))
        .toList();
  }
}

package org.ehelp.interfaces.web.queue;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ehelp.application.CategoryRef;
import org.ehelp.application.DirectoryService;
import org.ehelp.application.RequestService;
import org.ehelp.domain.model.request.RequestFilter;
import org.ehelp.domain.model.request.RequestSort;
import org.ehelp.domain.model.request.RequestState;
import org.ehelp.interfaces.web.session.UserSession;
import org.ehelp.interfaces.web.support.Pages;
import org.ehelp.interfaces.web.support.RequestTableModel;
import org.ehelp.interfaces.web.support.Tables;
import org.ehelp.interfaces.web.support.Worklists;

/**
 * The call center's queue: every request waiting for the desk, with a count per state, a category
 * filter beside the table's own column filters, and the review list of realized and refused
 * requests.
 */
@Named
@ViewScoped
public class QueueView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RequestService requests;

  @Inject private DirectoryService directory;

  @Inject private UserSession user;

  private String categoryCode;
  private List<CategoryRef> categories;
  private Map<RequestState, Long> counts;
  private RequestTableModel incoming;
  private RequestTableModel review;

  @PostConstruct
  void init() {
    categories = directory.categories();
    QueueView view = this;
    incoming =
        Tables.of(
            requests,
            user.getPersonId(),
            me -> view.inCategory(Worklists.desk(List.of())),
            RequestSort.mostUrgentFirst());
    review =
        Tables.of(
            requests,
            user.getPersonId(),
            me -> view.inCategory(Worklists.desk(Worklists.REVIEW_STATES)),
            RequestSort.mostUrgentFirst());
    countStates();
  }

  /** Sends 403 to anyone outside the call center. */
  public void requireCallCenter() throws IOException {
    if (!user.isCallCenter()) {
      Pages.forbidden();
    }
  }

  /** Applies a new category choice to both tables and the counts. */
  public void refilter() {
    countStates();
  }

  private void countStates() {
    counts = new EnumMap<>(RequestState.class);
    for (RequestState state : Worklists.DESK_STATES) {
      counts.put(state, requests.count(inCategory(Worklists.desk(Set.of(state)))));
    }
  }

  RequestFilter inCategory(RequestFilter filter) {
    return new RequestFilter(
        filter.states(),
        null,
        null,
        categoryCode == null || categoryCode.isBlank() ? null : categoryCode,
        null,
        null,
        null);
  }

  public List<RequestState> getStates() {
    return Worklists.DESK_STATES;
  }

  /** Returns the number of requests waiting in each desk state. */
  public Map<RequestState, Long> getCounts() {
    return counts;
  }

  public List<CategoryRef> getCategories() {
    return categories;
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public void setCategoryCode(String categoryCode) {
    this.categoryCode = categoryCode;
  }

  public RequestTableModel getIncoming() {
    return incoming;
  }

  public RequestTableModel getReview() {
    return review;
  }
}

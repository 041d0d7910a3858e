package org.ehelp.interfaces.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ehelp.application.RequestService;
import org.ehelp.application.RequestSummary;
import org.ehelp.domain.model.request.RequestSort;
import org.ehelp.interfaces.web.session.UserSession;
import org.ehelp.interfaces.web.support.Worklists;

/**
 * The home page: the person's latest requests and what waits for them, and a tile for each
 * workspace of their roles with how much work it holds.
 */
@Named
@RequestScoped
public class HomeView {

  private static final int LATEST = 5;

  @Inject private RequestService requests;

  @Inject private UserSession user;

  private List<RequestSummary> latest;
  private long mine;
  private long toValidate;
  private long queue;
  private long review;
  private long assigned;
  private long approvals;
  private long tasks;

  @PostConstruct
  void init() {
    long me = user.getPersonId();
    var page = requests.page(Worklists.mine(me), RequestSort.newestFirst(), 0, LATEST);
    latest = page.items();
    mine = page.total();
    toValidate = requests.count(Worklists.awaitingValidationBy(me));
    if (user.isCallCenter()) {
      queue = requests.count(Worklists.desk(List.of()));
      review = requests.count(Worklists.desk(Worklists.REVIEW_STATES));
    }
    if (user.isTechnician()) {
      assigned = requests.count(Worklists.assignedTo(me));
    }
    if (user.isResponsible()) {
      approvals = requests.count(Worklists.approvalsFor(me));
    }
    if (user.isContributor()) {
      tasks = requests.count(Worklists.tasksFor(me));
    }
  }

  public List<RequestSummary> getLatest() {
    return latest;
  }

  public long getMine() {
    return mine;
  }

  public long getToValidate() {
    return toValidate;
  }

  public long getQueue() {
    return queue;
  }

  public long getReview() {
    return review;
  }

  public long getAssigned() {
    return assigned;
  }

  public long getApprovals() {
    return approvals;
  }

  public long getTasks() {
    return tasks;
  }
}

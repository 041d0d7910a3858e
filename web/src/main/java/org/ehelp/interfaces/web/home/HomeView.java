package org.ehelp.interfaces.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ehelp.application.RequestService;
import org.ehelp.domain.model.request.RequestFilter;
import org.ehelp.interfaces.web.session.UserSession;
import org.ehelp.interfaces.web.support.Worklists;

/** The home page: the lists the signed-in person may use, each with how many requests it holds. */
@Named
@RequestScoped
public class HomeView {

  @Inject private RequestService requests;

  @Inject private UserSession user;

  private long mine;
  private long queue;
  private long assigned;
  private long approvals;
  private long tasks;

  @PostConstruct
  void init() {
    long me = user.getPersonId();
    mine = total(Worklists.mine(me));
    if (user.isCallCenter()) {
      queue = total(Worklists.desk(List.of()));
    }
    if (user.isTechnician()) {
      assigned = total(Worklists.assignedTo(me));
    }
    if (user.hasRole("RESPONSIBLE")) {
      approvals = total(Worklists.approvalsFor(me));
    }
    if (user.hasRole("CONTRIBUTOR")) {
      tasks = total(Worklists.tasksFor(me));
    }
  }

  private long total(RequestFilter filter) {
    return requests.list(filter, null, 1).total();
  }

  public long getMine() {
    return mine;
  }

  public long getQueue() {
    return queue;
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

package org.ehelp.interfaces.web.work;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ehelp.application.ApprovalRow;
import org.ehelp.application.DirectoryService;
import org.ehelp.application.GroupRef;
import org.ehelp.application.RequestService;
import org.ehelp.application.TaskRow;
import org.ehelp.application.WorkService;
import org.ehelp.domain.model.request.RequestSort;
import org.ehelp.interfaces.web.session.UserSession;
import org.ehelp.interfaces.web.support.Pages;
import org.ehelp.interfaces.web.support.RequestTableModel;
import org.ehelp.interfaces.web.support.Tables;
import org.ehelp.interfaces.web.support.Worklists;

/**
 * The technician's workspace: the requests assigned to them and those of their groups, most urgent
 * first, the tasks they gave with their progress, and the approvals they asked for.
 */
@Named
@ViewScoped
public class TechnicianView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RequestService requests;

  @Inject private DirectoryService directory;

  @Inject private WorkService work;

  @Inject private UserSession user;

  private RequestTableModel assigned;
  private RequestTableModel groups;
  private List<GroupRef> myGroups = List.of();
  private List<TaskRow> tasksGiven = List.of();
  private List<ApprovalRow> approvalsAsked = List.of();

  @PostConstruct
  void init() {
    if (!user.isTechnician()) {
      return;
    }
    myGroups = directory.myGroups();
    Set<Long> groupIds = myGroups.stream().map(GroupRef::id).collect(Collectors.toSet());
    assigned =
        Tables.of(
            requests, user.getPersonId(), Worklists::assignedTo, RequestSort.mostUrgentFirst());
    groups =
        Tables.of(
            requests,
            user.getPersonId(),
            me -> Worklists.heldByGroups(groupIds),
            RequestSort.mostUrgentFirst());
    tasksGiven = work.tasksIGave();
    approvalsAsked = work.approvalsIAsked();
  }

  /** Sends 403 to anyone who is not a technician. */
  public void requireTechnician() throws IOException {
    if (!user.isTechnician()) {
      Pages.forbidden();
    }
  }

  public RequestTableModel getAssigned() {
    return assigned;
  }

  /** Returns the table of the groups' requests, or null when the technician has no group. */
  public RequestTableModel getGroups() {
    return myGroups.isEmpty() ? null : groups;
  }

  /** Returns the names of the technician's groups, for the heading of their list. */
  public String getGroupNames() {
    return myGroups.stream().map(GroupRef::name).collect(Collectors.joining(", "));
  }

  public List<TaskRow> getTasksGiven() {
    return tasksGiven;
  }

  public List<ApprovalRow> getApprovalsAsked() {
    return approvalsAsked;
  }
}

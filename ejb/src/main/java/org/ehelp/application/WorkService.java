package org.ehelp.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ehelp.application.sla.SlaMark;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.request.Approval;
import org.ehelp.domain.model.request.ApprovalDecision;
import org.ehelp.domain.model.request.Task;
import org.ehelp.domain.model.request.TaskState;
import org.ehelp.domain.model.sla.SlaRepository;
import org.ehelp.domain.model.sla.SlaSnapshot;

/**
 * The tasks and approvals of the caller's workspaces: what a contributor was given, what a
 * technician gave and asked, and what a responsible must decide or has decided. Every row belongs
 * to a request the caller may read, because being its contributor, technician or responsible puts
 * the caller among its readers.
 */
@Stateless
public class WorkService {

  // NOTE: worklists are cut at this many rows, the most recent first; a person with more open
  // work than this sees only the newest part of it here, and all of it in the request lists.
  static final int MAX_ROWS = 500;

  private static final Set<TaskState> PENDING = Set.of(TaskState.OPEN, TaskState.STARTED);

  @PersistenceContext private EntityManager em;

  @Inject private CurrentUser currentUser;

  @Inject private SlaRepository slas;

  /** Returns the open and started tasks given to the caller, the soonest due first. */
  public List<TaskRow> myTasks() {
    Person me = currentUser.require();
    List<Task> found =
        em.createQuery(
                "SELECT t FROM Task t WHERE t.contributor.id = :me AND t.state IN :pending"
                    + " ORDER BY t.dueDate, t.createdAt",
                Task.class)
            .setParameter("me", me.getId())
            .setParameter("pending", PENDING)
            .setMaxResults(MAX_ROWS)
            .getResultList();
    return taskRows(found);
  }

  /** Returns the tasks on requests the caller holds as technician, newest first. */
  public List<TaskRow> tasksIGave() {
    Person me = currentUser.require();
    List<Task> found =
        em.createQuery(
                "SELECT t FROM Task t WHERE t.request.technician.id = :me"
                    + " ORDER BY t.createdAt DESC",
                Task.class)
            .setParameter("me", me.getId())
            .setMaxResults(MAX_ROWS)
            .getResultList();
    return taskRows(found);
  }

  /** Returns the approvals asked on requests the caller holds as technician, newest first. */
  public List<ApprovalRow> approvalsIAsked() {
    Person me = currentUser.require();
    List<Approval> found =
        em.createQuery(
                "SELECT a FROM Approval a WHERE a.request.technician.id = :me"
                    + " ORDER BY a.askedAt DESC",
                Approval.class)
            .setParameter("me", me.getId())
            .setMaxResults(MAX_ROWS)
            .getResultList();
    return approvalRows(found);
  }

  /** Returns the approvals waiting for the caller's decision, oldest first. */
  public List<ApprovalRow> approvalInbox() {
    return approvalsOfMe(true);
  }

  /** Returns the caller's past decisions, newest first. */
  public List<ApprovalRow> myDecisions() {
    return approvalsOfMe(false);
  }

  private List<ApprovalRow> approvalsOfMe(boolean pending) {
    Person me = currentUser.require();
    String condition = pending ? "a.decision = :pending" : "a.decision <> :pending";
    String order = pending ? "a.askedAt" : "a.decidedAt DESC";
    List<Approval> found =
        em.createQuery(
                "SELECT a FROM Approval a WHERE a.responsible.id = :me AND "
                    + condition
                    + " ORDER BY "
                    + order,
                Approval.class)
            .setParameter("me", me.getId())
            .setParameter("pending", ApprovalDecision.PENDING)
            .setMaxResults(MAX_ROWS)
            .getResultList();
    return approvalRows(found);
  }

  private List<TaskRow> taskRows(List<Task> tasks) {
    Map<Long, SlaSnapshot> marks =
        slas.findSnapshots(tasks.stream().map(t -> t.getRequest().getId()).distinct().toList());
    return tasks.stream()
        .map(t -> TaskRow.of(t, SlaMark.of(marks.get(t.getRequest().getId()))))
        .toList();
  }

  private List<ApprovalRow> approvalRows(List<Approval> approvals) {
    Map<Long, SlaSnapshot> marks =
        slas.findSnapshots(approvals.stream().map(a -> a.getRequest().getId()).distinct().toList());
    return approvals.stream()
        .map(a -> ApprovalRow.of(a, SlaMark.of(marks.get(a.getRequest().getId()))))
        .toList();
  }
}

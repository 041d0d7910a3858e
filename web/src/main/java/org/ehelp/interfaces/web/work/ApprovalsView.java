package org.ehelp.interfaces.web.work;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ehelp.application.ActionCommand;
import org.ehelp.application.ApprovalRow;
import org.ehelp.application.RequestService;
import org.ehelp.application.WorkService;
import org.ehelp.domain.model.request.Action;
import org.ehelp.interfaces.web.session.UserSession;
import org.ehelp.interfaces.web.support.Pages;
import org.ehelp.interfaces.web.support.Texts;

/**
 * The responsible's approval inbox: each question with approve, or refuse with a comment, and the
 * history of the person's past decisions. A decision carries the version of the request the person
 * read, so deciding on a request that changed meanwhile is refused as stale.
 */
@Named
@ViewScoped
public class ApprovalsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorkService work;

  @Inject private RequestService requests;

  @Inject private UserSession user;

  private List<ApprovalRow> inbox = List.of();
  private List<ApprovalRow> decisions = List.of();
  private final Map<Long, String> comments = new HashMap<>();

  @PostConstruct
  void init() {
    if (!user.isResponsible()) {
      return;
    }
    inbox = work.approvalInbox();
    decisions = work.myDecisions();
  }

  /** Sends 403 to anyone who is not a responsible. */
  public void requireResponsible() throws IOException {
    if (!user.isResponsible()) {
      Pages.forbidden();
    }
  }

  /** Approves the question on one request, with the optional comment typed for it. */
  public String approve(ApprovalRow row, long version) {
    return decide(row, version, Action.APPROVE, "portal.approvals.approved");
  }

  /** Refuses the question on one request; the comment typed for it is required. */
  public String refuse(ApprovalRow row, long version) {
    return decide(row, version, Action.REFUSE_APPROVAL, "portal.approvals.refused");
  }

  private String decide(ApprovalRow row, long version, Action action, String doneKey) {
    String comment = comments.get(row.id());
    requests.perform(
        row.requestId(),
        ActionCommand.of(action, version, comment == null || comment.isBlank() ? null : comment));
    Texts.flashInfo(doneKey, row.requestNumber());
    return "/work/approvals?faces-redirect=true";
  }

  public List<ApprovalRow> getInbox() {
    return inbox;
  }

  public List<ApprovalRow> getDecisions() {
    return decisions;
  }

  /** Returns the typed comments, by approval id. */
  public Map<Long, String> getComments() {
    return comments;
  }
}

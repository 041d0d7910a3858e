package org.ehelp.application;

import java.time.Instant;
import org.ehelp.application.sla.SlaMark;
import org.ehelp.domain.model.request.Approval;
import org.ehelp.domain.model.request.ApprovalDecision;
import org.ehelp.domain.model.request.RequestNumber;
import org.ehelp.domain.model.request.RequestState;

/**
 * An approval in a worklist, with the request it belongs to.
 *
 * @param sla the SLA mark of the request
 * @param requestVersion the request's version when the list was read, sent back with a decision
 * @param technician the technician who holds the request, and so asked the question
 */
public record ApprovalRow(
    long id,
    long requestId,
    String requestNumber,
    String requestTitle,
    RequestState requestState,
    long requestVersion,
    PersonRef responsible,
    PersonRef technician,
    String question,
    ApprovalDecision decision,
    String answer,
    Instant askedAt,
    Instant decidedAt,
    SlaMark sla) {

  public static ApprovalRow of(Approval approval, SlaMark sla) {
    return new ApprovalRow(
        approval.getId(),
        approval.getRequest().getId(),
        new RequestNumber(approval.getRequest().getId()).toString(),
        approval.getRequest().getTitle(),
        approval.getRequest().getState(),
        approval.getRequest().getVersion(),
        PersonRef.of(approval.getResponsible()),
        PersonRef.of(approval.getRequest().getTechnician()),
        approval.getQuestion(),
        approval.getDecision(),
        approval.getAnswer(),
        approval.getAskedAt(),
        approval.getDecidedAt(),
        sla);
  }
}

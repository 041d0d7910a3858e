package org.ehelp.interfaces.rest.request;

import java.time.Instant;
import org.ehelp.domain.model.request.ApprovalDecision;
import org.ehelp.interfaces.rest.directory.PersonDto;

/** An approval asked of a responsible, pending or decided. */
public record ApprovalDto(
    long id,
    PersonDto responsible,
    String question,
    ApprovalDecision decision,
    String answer,
    Instant askedAt,
    Instant decidedAt) {}

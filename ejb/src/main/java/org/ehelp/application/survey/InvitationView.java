package org.ehelp.application.survey;

import java.time.Instant;

/** An invitation as its invitee sees it: which survey, about which request, until when. */
public record InvitationView(
    long id,
    long campaignId,
    String campaignTitle,
    String intro,
    boolean anonymous,
    String requestNumber,
    String requestTitle,
    Instant closesAt) {}

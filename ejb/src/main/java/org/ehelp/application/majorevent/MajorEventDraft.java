package org.ehelp.application.majorevent;

import java.time.Instant;
import java.util.List;
import org.ehelp.domain.model.majorevent.MajorEventKind;

/**
 * A major event as the call center writes it.
 *
 * @param categoryCodes the codes of the affected categories, possibly none
 * @param services affected services or sites in free text, such as "VPN" or "Lyon office"
 * @param expectedEndAt the expected end, or null when nobody can tell yet
 */
public record MajorEventDraft(
    MajorEventKind kind,
    String title,
    String description,
    Instant startsAt,
    Instant expectedEndAt,
    List<String> categoryCodes,
    List<String> services) {}

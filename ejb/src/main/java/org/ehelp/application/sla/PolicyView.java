package org.ehelp.application.sla;

import org.ehelp.domain.model.request.Priority;
import org.ehelp.domain.model.sla.SlaPolicy;

/** An SLA policy as admin screens and the API show it. */
public record PolicyView(
    long id,
    String name,
    String categoryCode,
    String categoryName,
    Priority priority,
    String requesterGroup,
    Long calendarId,
    String calendarName,
    int responseMinutes,
    int resolutionMinutes,
    int warningPercent,
    boolean active,
    long version) {

  static PolicyView of(SlaPolicy p) {
    return new PolicyView(
        p.getId(),
        p.getName(),
        p.getCategory() == null ? null : p.getCategory().getCode(),
        p.getCategory() == null ? null : p.getCategory().getName(),
        p.getPriority(),
        p.getRequesterGroup() == null ? null : p.getRequesterGroup().getName(),
        p.getCalendar() == null ? null : p.getCalendar().getId(),
        p.getCalendar() == null ? null : p.getCalendar().getName(),
        p.getResponseMinutes(),
        p.getResolutionMinutes(),
        p.getWarningPercent(),
        p.isActive(),
        p.getVersion());
  }
}

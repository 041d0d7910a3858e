package org.ehelp.application.sla;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ehelp.domain.model.calendar.BusinessCalendar;
import org.ehelp.domain.model.calendar.BusinessTime;
import org.ehelp.domain.model.person.SupportGroup;
import org.ehelp.domain.model.request.RequestState;
import org.ehelp.domain.model.request.ServiceRequest;
import org.ehelp.domain.model.sla.SlaCalendar;
import org.ehelp.domain.model.sla.SlaClocks;
import org.ehelp.domain.model.sla.SlaPolicy;
import org.ehelp.domain.model.sla.SlaRepository;

/**
 * The SLA configuration of one transaction: the active policies, the calendars and the paused
 * states, read once per transaction. An import of thousands of requests reads them once. Nothing is
 * kept between transactions, so every instance of a cluster reads an edit at once.
 */
@TransactionScoped
public class SlaRules implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Counts in UTC around the clock when no calendar is the default. */
  private static final BusinessTime AROUND_THE_CLOCK =
      new BusinessTime(BusinessCalendar.alwaysOpen(ZoneOffset.UTC));

  @Inject private transient SlaRepository repository;

  private transient List<SlaPolicy> policies;
  private transient Optional<SlaCalendar> defaultCalendar;
  private transient Set<RequestState> pausedStates;
  private final transient Map<Long, BusinessTime> times = new HashMap<>();

  /** Returns the most specific active policy that matches the request, if any. */
  public Optional<SlaPolicy> policyFor(ServiceRequest request) {
    Long categoryId = request.getCategory() == null ? null : request.getCategory().getId();
    Set<Long> groups =
        request.getRequester().getGroups().stream()
            .map(SupportGroup::getId)
            .collect(Collectors.toSet());
    return policies().stream()
        .filter(p -> p.matches(categoryId, request.getPriority(), groups))
        .max(Comparator.comparingInt(SlaPolicy::specificity));
  }

  /** Returns the calendar a policy counts in: its own, or the default, or none. */
  public Optional<SlaCalendar> calendarOf(SlaPolicy policy) {
    return policy != null && policy.getCalendar() != null
        ? Optional.of(policy.getCalendar())
        : defaultCalendar();
  }

  /** Returns the arithmetic of a calendar, or of UTC around the clock for none. */
  public BusinessTime timeOf(Optional<SlaCalendar> calendar) {
    if (calendar.isEmpty()) {
      return AROUND_THE_CLOCK;
    }
    SlaCalendar c = calendar.get();
    return times.computeIfAbsent(c.getId(), id -> new BusinessTime(c.toBusinessCalendar()));
  }

  /** Returns the states that pause the resolution clock. */
  public Set<RequestState> pausedStates() {
    if (pausedStates == null) {
      pausedStates = repository.pausedStates().orElse(SlaClocks.DEFAULT_PAUSED);
    }
    return pausedStates;
  }

  public Optional<SlaCalendar> defaultCalendar() {
    if (defaultCalendar == null) {
      defaultCalendar = repository.findDefaultCalendar();
    }
    return defaultCalendar;
  }

  private List<SlaPolicy> policies() {
    if (policies == null) {
      policies = repository.policies().stream().filter(SlaPolicy::isActive).toList();
    }
    return policies;
  }
}

package org.ehelp.application.sla;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.ehelp.application.CurrentUser;
import org.ehelp.application.sla.CalendarDraft.HolidayDraft;
import org.ehelp.domain.error.ActionRejectedException;
import org.ehelp.domain.error.ConflictException;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.error.NotFoundException;
import org.ehelp.domain.error.StaleVersionException;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.calendar.BusinessCalendar;
import org.ehelp.domain.model.calendar.Holiday;
import org.ehelp.domain.model.calendar.ICalendarHolidays;
import org.ehelp.domain.model.calendar.TimeSlot;
import org.ehelp.domain.model.category.Category;
import org.ehelp.domain.model.category.CategoryRepository;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.PersonRepository;
import org.ehelp.domain.model.person.Role;
import org.ehelp.domain.model.person.SupportGroup;
import org.ehelp.domain.model.request.Priority;
import org.ehelp.domain.model.request.RequestState;
import org.ehelp.domain.model.sla.SlaCalendar;
import org.ehelp.domain.model.sla.SlaClocks;
import org.ehelp.domain.model.sla.SlaPolicy;
import org.ehelp.domain.model.sla.SlaRepository;

/**
 * The admin's SLA tasks: calendars and their holidays, policies, the states that pause the clocks
 * and who receives the breach alerts of each category. Every edit that can move a deadline marks
 * the open requests it touches for recomputation in the same transaction; after the commit, up to
 * {@link #RECOMPUTE_AT_ONCE} of them are recomputed before the call returns and the check pass does
 * the rest.
 */
@Stateless
public class SlaAdministration {

  private static final Logger LOG = Logger.getLogger(SlaAdministration.class.getName());

  /** Open requests recomputed before an edit returns; larger edits finish in the check pass. */
  static final int RECOMPUTE_AT_ONCE = 2_000;

  private static final int MAX_MINUTES = 10 * 365 * 24 * 60;

  @Inject private CurrentUser currentUser;

  @Inject private SlaRepository repository;

  @Inject private CategoryRepository categories;

  @Inject private PersonRepository people;

  @Inject private SlaCheck check;

  @Inject private SlaSettings settings;

  @Resource private SessionContext context;

  /** The outcome of an iCalendar import: the holidays added, and the events skipped with why. */
  public record HolidayImport(CalendarView calendar, int added, List<String> skipped) {}

  public List<CalendarView> calendars() {
    requireAdmin();
    return repository.calendars().stream().map(SlaAdministration::view).toList();
  }

  public CalendarView calendar(long id) {
    requireAdmin();
    return view(findCalendar(id));
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public CalendarView createCalendar(CalendarDraft draft) {
    CalendarView created = self().saveCalendar(null, null, draft);
    recompute();
    return created;
  }

  /**
   * Changes a calendar and recomputes the open requests that count in it.
   *
   * @param expectedVersion the version the admin saw, or null to overwrite
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public CalendarView updateCalendar(long id, Long expectedVersion, CalendarDraft draft) {
    CalendarView updated = self().saveCalendar(id, expectedVersion, draft);
    recompute();
    return updated;
  }

  /** Deletes a calendar that no policy and no request uses and that is not the default. */
  public void deleteCalendar(long id) {
    requireAdmin();
    SlaCalendar calendar = findCalendar(id);
    if (calendar.isDefaultCalendar()) {
      throw new ConflictException("EH-SLA-409", "error.sla.defaultCalendar", calendar.getName());
    }
    if (repository.isInUse(calendar)) {
      throw new ConflictException("EH-SLA-409", "error.sla.calendarInUse", calendar.getName());
    }
    repository.remove(calendar);
    LOG.info(() -> "SLA calendar " + id + " deleted");
  }

  /**
   * Adds the holidays of an iCalendar file to a calendar.
   *
   * @param fromYear keep only dated holidays from this year on, or null for all
   * @param toYear keep only dated holidays up to this year, or null for all
   * @param replace drop the calendar's holidays first
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public HolidayImport importHolidays(
      long id, String icalendar, Integer fromYear, Integer toYear, boolean replace) {
    HolidayImport result = self().addHolidays(id, icalendar, fromYear, toYear, replace);
    recompute();
    return result;
  }

  public List<PolicyView> policies() {
    requireAdmin();
    return repository.policies().stream().map(PolicyView::of).toList();
  }

  public PolicyView policy(long id) {
    requireAdmin();
    return PolicyView.of(findPolicy(id));
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public PolicyView createPolicy(PolicyDraft draft) {
    PolicyView created = self().savePolicy(null, null, draft);
    recompute();
    return created;
  }

  /**
   * Changes a policy and recomputes the open requests it applied to or applies to now.
   *
   * @param expectedVersion the version the admin saw, or null to overwrite
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public PolicyView updatePolicy(long id, Long expectedVersion, PolicyDraft draft) {
    PolicyView updated = self().savePolicy(id, expectedVersion, draft);
    recompute();
    return updated;
  }

  /**
   * Runs the check pass now. Running it as of another instant, or for chosen requests only, is for
   * tests and demonstrations and needs {@code ehelp.sla.clock=adjustable}.
   *
   * @param at the instant to check as of, or null for now
   * @param only the requests to check, or empty for all
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public SlaCheck.Result runCheck(Instant at, List<Long> only) {
    requireAdmin();
    boolean adjusted = at != null || !only.isEmpty();
    if (adjusted && !settings.adjustableClock()) {
      throw new ConflictException("EH-SLA-409", "error.sla.clockFixed");
    }
    SlaCheck.Result result = check.runNow(at == null ? Times.now() : at, only);
    LOG.info(
        () ->
            "SLA check pass run by an admin"
                + (adjusted ? " as of " + result.at() + " for " + only.size() + " requests" : "")
                + ": "
                + result.marked()
                + " thresholds marked");
    return result;
  }

  /** Returns the SLA settings read from the configuration. */
  public SlaSettings settings() {
    requireAdmin();
    return settings;
  }

  /** Returns the states that pause the resolution clock. */
  public Set<RequestState> pausedStates() {
    requireAdmin();
    return repository.pausedStates().orElse(SlaClocks.DEFAULT_PAUSED);
  }

  /** Chooses the states that pause the resolution clock and recomputes every open request. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Set<RequestState> changePausedStates(Set<RequestState> states) {
    Set<RequestState> saved = self().savePausedStates(states);
    recompute();
    return saved;
  }

  /**
   * Sets the person who receives the breach alerts of a category, besides the technician and the
   * call center.
   *
   * @param personId the responsible, or null for no one
   */
  public void assignCategoryResponsible(String categoryCode, Long personId) {
    requireAdmin();
    Category category =
        categories
            .findByCode(categoryCode == null ? "" : categoryCode.strip())
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "EH-CATEGORY-404", "error.category.notFound", categoryCode));
    Person responsible =
        personId == null
            ? null
            : people
                .findById(personId)
                .filter(Person::isActive)
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "EH-PERSON-400", "error.person.notFound", personId));
    category.assignResponsible(responsible);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public CalendarView saveCalendar(Long id, Long expectedVersion, CalendarDraft draft) {
    requireAdmin();
    String name = RequiredText.of(draft.name(), "name", 100);
    ZoneId zone = zone(draft.timeZone());
    Map<DayOfWeek, List<TimeSlot>> week = hours(draft);
    List<Holiday> holidays = draft.holidays() == null ? null : holidays(draft.holidays());

    SlaCalendar calendar = id == null ? null : findCalendar(id);
    checkVersion(calendar, expectedVersion);
    repository
        .findCalendarByName(name)
        .filter(other -> calendar == null || !other.getId().equals(calendar.getId()))
        .ifPresent(
            other -> {
              throw new ConflictException("EH-SLA-409", "error.sla.calendarNameTaken", name);
            });

    SlaCalendar target = calendar == null ? new SlaCalendar(name, zone) : calendar;
    target.rename(name);
    target.moveTo(zone);
    target.replaceHours(week);
    if (holidays != null) {
      target.replaceHolidays(holidays);
    }
    if (calendar == null) {
      repository.add(target);
    }
    boolean wasDefault = target.isDefaultCalendar();
    if (draft.defaultCalendar() && !wasDefault) {
      repository.calendars().forEach(c -> c.markDefault(false));
      target.markDefault(true);
      repository.markAllOpenStale();
    } else if (!draft.defaultCalendar() && wasDefault) {
      throw new ConflictException("EH-SLA-409", "error.sla.defaultCalendar", name);
    }
    repository.flushChanges();
    int stale = repository.markStaleByCalendar(target.getId());
    LOG.info(
        () ->
            "SLA calendar " + target.getId() + " saved; " + stale + " open requests to recompute");
    return view(target);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public HolidayImport addHolidays(
      long id, String icalendar, Integer fromYear, Integer toYear, boolean replace) {
    requireAdmin();
    SlaCalendar calendar = findCalendar(id);
    ICalendarHolidays.Result read;
    try {
      read = ICalendarHolidays.read(icalendar == null ? "" : icalendar);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("EH-SLA-400", "error.sla.icalendar");
    }
    List<String> skipped = new ArrayList<>(read.skipped());
    List<Holiday> kept = new ArrayList<>();
    for (Holiday holiday : read.holidays()) {
      boolean before = fromYear != null && holiday.last().getYear() < fromYear;
      boolean after = toYear != null && holiday.first().getYear() > toYear;
      if (!holiday.yearly() && (before || after)) {
        continue;
      }
      kept.add(holiday);
    }
    Set<Holiday> all = new LinkedHashSet<>(replace ? List.of() : calendar.getHolidays());
    int sizeBefore = all.size();
    all.addAll(kept);
    calendar.replaceHolidays(new ArrayList<>(all));
    int stale = repository.markStaleByCalendar(id);
    int added = all.size() - sizeBefore;
    LOG.info(
        () ->
            "SLA calendar "
                + id
                + ": "
                + added
                + " holidays imported, "
                + skipped.size()
                + " events skipped; "
                + stale
                + " open requests to recompute");
    return new HolidayImport(view(calendar), added, skipped);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public PolicyView savePolicy(Long id, Long expectedVersion, PolicyDraft draft) {
    requireAdmin();
    String name = RequiredText.of(draft.name(), "name", 100);
    Category category = category(draft.categoryCode());
    SupportGroup group = group(draft.requesterGroup());
    SlaCalendar calendar = draft.calendarId() == null ? null : findCalendar(draft.calendarId());
    int response = minutes("responseMinutes", draft.responseMinutes());
    int resolution = minutes("resolutionMinutes", draft.resolutionMinutes());
    int warning =
        draft.warningPercent() == null ? SlaPolicy.DEFAULT_WARNING_PERCENT : draft.warningPercent();
    if (warning < 1 || warning > 100) {
      throw new InvalidInputException("EH-SLA-400", "error.sla.warningPercent", warning);
    }

    SlaPolicy policy = id == null ? null : findPolicy(id);
    checkVersion(policy, expectedVersion);
    repository
        .findPolicyByName(name)
        .filter(other -> policy == null || !other.getId().equals(policy.getId()))
        .ifPresent(
            other -> {
              throw new ConflictException("EH-SLA-409", "error.sla.policyNameTaken", name);
            });
    Long oldCategory =
        policy == null || policy.getCategory() == null ? null : policy.getCategory().getId();
    Priority oldPriority = policy == null ? null : policy.getPriority();

    SlaPolicy target = policy == null ? new SlaPolicy(name) : policy;
    target.rename(name);
    target.applyTo(category, draft.priority(), group);
    target.setTargets(calendar, response, resolution, warning);
    target.activate(draft.active() == null || draft.active());
    if (target.isActive()) {
      repository.policies().stream()
          .filter(SlaPolicy::isActive)
          .filter(other -> other != target && !other.getId().equals(target.getId()))
          .filter(other -> other.sameCriteria(target))
          .findFirst()
          .ifPresent(
              other -> {
                throw new ConflictException(
                    "EH-SLA-409", "error.sla.sameCriteria", other.getName());
              });
    }
    if (policy == null) {
      repository.add(target);
    }
    repository.flushChanges();
    int stale =
        repository.markStaleMatching(category == null ? null : category.getId(), draft.priority());
    if (policy != null) {
      stale += repository.markStaleMatching(oldCategory, oldPriority);
    }
    int marked = stale;
    LOG.info(
        () -> "SLA policy " + target.getId() + " saved; " + marked + " open requests to recompute");
    return PolicyView.of(target);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Set<RequestState> savePausedStates(Set<RequestState> states) {
    requireAdmin();
    Set<RequestState> chosen = EnumSet.noneOf(RequestState.class);
    for (RequestState state : states) {
      if (!SlaClocks.PAUSABLE.contains(state)) {
        throw new InvalidInputException(
            "EH-SLA-400",
            "error.sla.pausedState",
            state,
            SlaClocks.PAUSABLE.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
      }
      chosen.add(state);
    }
    repository.savePausedStates(chosen);
    int stale = repository.markAllOpenStale();
    LOG.info(
        () -> "SLA paused states set to " + chosen + "; " + stale + " open requests to recompute");
    return chosen;
  }

  private void recompute() {
    check.recomputeStale(Times.now(), RECOMPUTE_AT_ONCE);
  }

  private void requireAdmin() {
    if (!currentUser.require().hasRole(Role.ADMIN)) {
      throw ActionRejectedException.forbidden("error.sla.adminOnly");
    }
  }

  private SlaCalendar findCalendar(long id) {
    return repository
        .findCalendar(id)
        .orElseThrow(() -> new NotFoundException("EH-SLA-404", "error.sla.calendarNotFound", id));
  }

  private SlaPolicy findPolicy(long id) {
    return repository
        .findPolicy(id)
        .orElseThrow(() -> new NotFoundException("EH-SLA-404", "error.sla.policyNotFound", id));
  }

  private static void checkVersion(SlaCalendar calendar, Long expected) {
    if (calendar != null && expected != null && expected != calendar.getVersion()) {
      throw new StaleVersionException("error.sla.stale", calendar.getName());
    }
  }

  private static void checkVersion(SlaPolicy policy, Long expected) {
    if (policy != null && expected != null && expected != policy.getVersion()) {
      throw new StaleVersionException("error.sla.stale", policy.getName());
    }
  }

  private Category category(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return categories
        .findByCode(code.strip())
        .orElseThrow(
            () -> new InvalidInputException("EH-CATEGORY-400", "error.category.notFound", code));
  }

  private SupportGroup group(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    return people
        .findGroupByName(name.strip())
        .orElseThrow(
            () -> new InvalidInputException("EH-SLA-400", "error.sla.groupNotFound", name));
  }

  private static int minutes(String field, int value) {
    if (value < 1 || value > MAX_MINUTES) {
      throw new InvalidInputException("EH-SLA-400", "error.sla.minutes", field, value, MAX_MINUTES);
    }
    return value;
  }

  private static ZoneId zone(String id) {
    if (id == null || id.isBlank()) {
      throw new InvalidInputException("EH-INPUT-400", "error.input.missing", "timeZone");
    }
    try {
      return ZoneId.of(id.strip());
    } catch (DateTimeException e) {
      throw new InvalidInputException("EH-SLA-400", "error.sla.zone", id);
    }
  }

  private static Map<DayOfWeek, List<TimeSlot>> hours(CalendarDraft draft) {
    Map<DayOfWeek, List<TimeSlot>> week = new EnumMap<>(DayOfWeek.class);
    if (draft.alwaysOpen()) {
      for (DayOfWeek day : DayOfWeek.values()) {
        week.put(day, List.of(new TimeSlot(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)));
      }
      return week;
    }
    if (draft.hours() != null) {
      draft
          .hours()
          .forEach(
              (day, texts) -> {
                List<TimeSlot> slots = new ArrayList<>();
                for (String text : texts == null ? List.<String>of() : texts) {
                  try {
                    slots.add(TimeSlot.parse(text));
                  } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("EH-SLA-400", "error.sla.slot", day, text);
                  }
                }
                week.put(day, slots);
              });
    }
    try {
      new BusinessCalendar(ZoneId.of("UTC"), week, List.of());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("EH-SLA-400", "error.sla.overlap");
    }
    return week;
  }

  private static List<Holiday> holidays(List<HolidayDraft> drafts) {
    List<Holiday> holidays = new ArrayList<>();
    for (HolidayDraft draft : drafts) {
      try {
        LocalDate first = LocalDate.parse(draft.first().strip());
        LocalDate last =
            draft.last() == null || draft.last().isBlank()
                ? first
                : LocalDate.parse(draft.last().strip());
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.length() > 200) {
          throw new IllegalArgumentException("name too long");
        }
        holidays.add(new Holiday(name, first, last, draft.yearly()));
      } catch (RuntimeException e) {
        throw new InvalidInputException("EH-SLA-400", "error.sla.holiday", draft.name());
      }
    }
    return holidays;
  }

  /** Returns the calendar as screens show it. */
  static CalendarView view(SlaCalendar calendar) {
    Map<DayOfWeek, List<String>> hours = new EnumMap<>(DayOfWeek.class);
    calendar
        .getHours()
        .forEach((day, slots) -> hours.put(day, slots.stream().map(TimeSlot::toString).toList()));
    boolean alwaysOpen =
        hours.size() == 7
            && hours.values().stream().allMatch(s -> s.equals(List.of("00:00-24:00")));
    List<HolidayDraft> holidays =
        calendar.getHolidays().stream()
            .map(
                h ->
                    new HolidayDraft(
                        h.name(), h.first().toString(), h.last().toString(), h.yearly()))
            .toList();
    return new CalendarView(
        calendar.getId(),
        calendar.getName(),
        calendar.getZone().getId(),
        alwaysOpen,
        hours,
        holidays,
        calendar.isDefaultCalendar(),
        calendar.getVersion());
  }

  private SlaAdministration self() {
    return context.getBusinessObject(SlaAdministration.class);
  }
}

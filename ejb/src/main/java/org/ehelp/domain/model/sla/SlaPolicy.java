package org.ehelp.domain.model.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.ehelp.domain.model.category.Category;
import org.ehelp.domain.model.person.SupportGroup;
import org.ehelp.domain.model.request.Priority;

/**
 * The targets that apply to requests of a category, a priority and a requester group, each left
 * empty to match any. Targets are business minutes in the policy's calendar, or in the default
 * calendar when it names none.
 *
 * <p>Of the active policies that match a request, the most specific applies: the one that sets the
 * most criteria; among those that set as many, a requester group counts before a category, and a
 * category before a priority. Two active policies may not set the same criteria.
 */
@Entity
@Table(name = "sla_policy")
public class SlaPolicy {

  /** The warning threshold of a policy that sets none, in percent of each target. */
  public static final int DEFAULT_WARNING_PERCENT = 75;

  @Id
  @SequenceGenerator(name = "sla_policy_seq", sequenceName = "sla_policy_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_policy_seq")
  private Long id;

  private String name;

  @ManyToOne
  @JoinColumn(name = "category_id")
  private Category category;

  @Enumerated(EnumType.STRING)
  private Priority priority;

  @ManyToOne
  @JoinColumn(name = "requester_group_id")
  private SupportGroup requesterGroup;

  @ManyToOne
  @JoinColumn(name = "calendar_id")
  private SlaCalendar calendar;

  @Column(name = "response_minutes")
  private int responseMinutes;

  @Column(name = "resolution_minutes")
  private int resolutionMinutes;

  @Column(name = "warning_percent")
  private int warningPercent;

  private boolean active;

  @Version private long version;

  protected SlaPolicy() {}

  public SlaPolicy(String name) {
    this.name = name;
    this.warningPercent = DEFAULT_WARNING_PERCENT;
    this.active = true;
  }

  /** Sets what the policy applies to; null criteria match any request. */
  public void applyTo(Category newCategory, Priority newPriority, SupportGroup newGroup) {
    this.category = newCategory;
    this.priority = newPriority;
    this.requesterGroup = newGroup;
  }

  /**
   * Sets the targets.
   *
   * @param newCalendar the calendar they count in, or null for the default calendar
   * @param warning the warning threshold, 1 to 100 percent of each target
   */
  public void setTargets(SlaCalendar newCalendar, int response, int resolution, int warning) {
    this.calendar = newCalendar;
    this.responseMinutes = response;
    this.resolutionMinutes = resolution;
    this.warningPercent = warning;
  }

  public void rename(String newName) {
    this.name = newName;
  }

  public void activate(boolean on) {
    this.active = on;
  }

  /** Whether the policy applies to a request of this category, priority and requester groups. */
  public boolean matches(Long categoryId, Priority requestPriority, Set<Long> requesterGroupIds) {
    return active
        && (category == null || Objects.equals(category.getId(), categoryId))
        && (priority == null || priority == requestPriority)
        && (requesterGroup == null || requesterGroupIds.contains(requesterGroup.getId()));
  }

  /** Returns the rank among matching policies: higher is more specific. */
  public int specificity() {
    int criteria =
        (requesterGroup == null ? 0 : 1) + (category == null ? 0 : 1) + (priority == null ? 0 : 1);
    return criteria * 8
        + (requesterGroup == null ? 0 : 4)
        + (category == null ? 0 : 2)
        + (priority == null ? 0 : 1);
  }

  /** Whether another policy sets exactly the same criteria. */
  public boolean sameCriteria(SlaPolicy other) {
    return Objects.equals(id(category), id(other.category))
        && priority == other.priority
        && Objects.equals(groupId(requesterGroup), groupId(other.requesterGroup));
  }

  public Duration goal(SlaTarget target) {
    return Duration.ofMinutes(target == SlaTarget.RESPONSE ? responseMinutes : resolutionMinutes);
  }

  private static Long id(Category category) {
    return category == null ? null : category.getId();
  }

  private static Long groupId(SupportGroup group) {
    return group == null ? null : group.getId();
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Category getCategory() {
    return category;
  }

  public Priority getPriority() {
    return priority;
  }

  public SupportGroup getRequesterGroup() {
    return requesterGroup;
  }

  /** Returns the policy's own calendar, or null when it counts in the default calendar. */
  public SlaCalendar getCalendar() {
    return calendar;
  }

  public int getResponseMinutes() {
    return responseMinutes;
  }

  public int getResolutionMinutes() {
    return resolutionMinutes;
  }

  public int getWarningPercent() {
    return warningPercent;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }
}

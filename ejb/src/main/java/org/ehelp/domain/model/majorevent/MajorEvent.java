package org.ehelp.domain.model.majorevent;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ehelp.domain.model.category.Category;
import org.ehelp.domain.model.person.Person;

/**
 * A planned maintenance or an incident that affects many people at once: the categories and the
 * services or sites it touches, when it starts and is expected to end, and the updates the call
 * center posts while it lasts.
 *
 * <p>An event is current from its start until it ends. It ends when someone ends it, or else at its
 * expected end; an event without an expected end lasts until someone ends it. An update may move
 * the expected end when the work overruns.
 */
@Entity
@Table(name = "major_event")
public class MajorEvent {

  @Id
  @SequenceGenerator(
      name = "major_event_seq",
      sequenceName = "major_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "major_event_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  private MajorEventKind kind;

  private String title;

  private String description;

  @Column(name = "starts_at")
  private Instant startsAt;

  @Column(name = "expected_end_at")
  private Instant expectedEndAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @ManyToOne
  @JoinColumn(name = "created_by")
  private Person createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @ManyToMany
  @JoinTable(
      name = "major_event_category",
      joinColumns = @JoinColumn(name = "event_id"),
      inverseJoinColumns = @JoinColumn(name = "category_id"))
  @OrderBy("name")
  private List<Category> categories = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "major_event_service", joinColumns = @JoinColumn(name = "event_id"))
  @OrderColumn(name = "sort_order")
  @Column(name = "name")
  private List<String> services = new ArrayList<>();

  @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("postedAt, id")
  private List<MajorEventUpdate> updates = new ArrayList<>();

  @Version private long version;

  protected MajorEvent() {}

  public MajorEvent(
      MajorEventKind kind,
      String title,
      String description,
      Instant startsAt,
      Instant expectedEndAt,
      Person createdBy,
      Instant createdAt) {
    this.kind = kind;
    this.title = title;
    this.description = description;
    this.startsAt = startsAt;
    this.expectedEndAt = expectedEndAt;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** Replaces what the event affects: categories and free-text services or sites. */
  public void affect(Collection<Category> affectedCategories, Collection<String> affectedServices) {
    categories.clear();
    categories.addAll(affectedCategories);
    services.clear();
    services.addAll(affectedServices);
  }

  /** Changes the description and window, for corrections made before or during the event. */
  public void reschedule(String newTitle, String newDescription, Instant start, Instant expected) {
    this.title = newTitle;
    this.description = newDescription;
    this.startsAt = start;
    this.expectedEndAt = expected;
  }

  /**
   * Posts an update.
   *
   * @param newExpectedEnd the new expected end, or null to keep the one there is
   */
  public MajorEventUpdate post(String body, Instant newExpectedEnd, Person author, Instant now) {
    if (newExpectedEnd != null) {
      expectedEndAt = newExpectedEnd;
    }
    MajorEventUpdate update = new MajorEventUpdate(this, body, false, author, now);
    updates.add(update);
    return update;
  }

  /** Ends the event now, with its closing message as the last update. */
  public MajorEventUpdate end(String message, Person author, Instant now) {
    endedAt = now;
    MajorEventUpdate update = new MajorEventUpdate(this, message, true, author, now);
    updates.add(update);
    return update;
  }

  /** Returns when the event ends: when someone ended it, else its expected end, else null. */
  public Instant endsAt() {
    return endedAt != null ? endedAt : expectedEndAt;
  }

  /** Whether the event is under way at that instant: started, and not yet ended. */
  public boolean isCurrentAt(Instant now) {
    Instant end = endsAt();
    return !startsAt.isAfter(now) && (end == null || now.isBefore(end));
  }

  /** Whether the event has not started yet at that instant. */
  public boolean isUpcomingAt(Instant now) {
    return startsAt.isAfter(now) && endedAt == null;
  }

  /** Whether someone ended the event. */
  public boolean isEnded() {
    return endedAt != null;
  }

  /** Whether the event touches the category. */
  public boolean affects(Category category) {
    return category != null
        && categories.stream().anyMatch(c -> c.getId().equals(category.getId()));
  }

  /** Returns the newest update, if there is one. */
  public Optional<MajorEventUpdate> latestUpdate() {
    return updates.isEmpty() ? Optional.empty() : Optional.of(updates.get(updates.size() - 1));
  }

  public Long getId() {
    return id;
  }

  public MajorEventKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getExpectedEndAt() {
    return expectedEndAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public Person getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<Category> getCategories() {
    return List.copyOf(categories);
  }

  public List<String> getServices() {
    return List.copyOf(services);
  }

  public List<MajorEventUpdate> getUpdates() {
    return List.copyOf(updates);
  }

  public long getVersion() {
    return version;
  }
}

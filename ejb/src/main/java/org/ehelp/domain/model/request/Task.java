package org.ehelp.domain.model.request;

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
import java.time.Instant;
import java.time.LocalDate;
import org.ehelp.domain.model.person.Person;

/**
 * Part of a request's realization given to a contributor. Its state changes only through the
 * request's lifecycle, so that each change is in the request's history.
 */
@Entity
@Table(name = "request_task")
public class Task {

  @Id
  @SequenceGenerator(name = "task_seq", sequenceName = "task_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id")
  private ServiceRequest request;

  @ManyToOne(optional = false)
  @JoinColumn(name = "contributor_id")
  private Person contributor;

  private String description;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  private TaskState state;

  private String note;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected Task() {}

  Task(
      ServiceRequest request,
      Person contributor,
      String description,
      LocalDate dueDate,
      Instant createdAt) {
    this.request = request;
    this.contributor = contributor;
    this.description = description;
    this.dueDate = dueDate;
    this.state = TaskState.OPEN;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public ServiceRequest getRequest() {
    return request;
  }

  public Person getContributor() {
    return contributor;
  }

  public String getDescription() {
    return description;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public TaskState getState() {
    return state;
  }

  public String getNote() {
    return note;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  void moveTo(TaskState next, String note, Instant at) {
    this.state = next;
    if (note != null) {
      this.note = note;
    }
    this.updatedAt = at;
  }
}

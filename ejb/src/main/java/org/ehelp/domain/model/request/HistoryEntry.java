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
import org.ehelp.domain.model.person.Person;

/**
 * One action taken on a request: who, when, the state before and after, and the text written with
 * it. Entries are numbered from 1 per request without gaps; a unique key on the number makes a
 * second writer of the same number fail rather than interleave.
 */
@Entity
@Table(name = "request_history")
public class HistoryEntry {

  @Id
  @SequenceGenerator(name = "history_seq", sequenceName = "history_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "history_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id")
  private ServiceRequest request;

  private int seq;

  @Enumerated(EnumType.STRING)
  private Action action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state")
  private RequestState fromState;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state")
  private RequestState toState;

  @ManyToOne
  @JoinColumn(name = "actor_id")
  private Person actor;

  @Column(name = "actor_name")
  private String actorName;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  private String note;

  protected HistoryEntry() {}

  HistoryEntry(
      ServiceRequest request,
      int seq,
      Action action,
      RequestState fromState,
      RequestState toState,
      Person actor,
      Instant occurredAt,
      String note) {
    this.request = request;
    this.seq = seq;
    this.action = action;
    this.fromState = fromState;
    this.toState = toState;
    this.actor = actor;
    this.actorName = actor == null ? "eHelp" : actor.getDisplayName();
    this.occurredAt = occurredAt;
    this.note = note;
  }

  public Long getId() {
    return id;
  }

  public int getSeq() {
    return seq;
  }

  public Action getAction() {
    return action;
  }

  public RequestState getFromState() {
    return fromState;
  }

  public RequestState getToState() {
    return toState;
  }

  /** Returns the person who acted, or null when a timer did. */
  public Person getActor() {
    return actor;
  }

  public String getActorName() {
    return actorName;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getNote() {
    return note;
  }

  void backdate(Instant at) {
    this.occurredAt = at;
  }
}

package org.ehelp.domain.model.majorevent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ehelp.domain.model.person.Person;

/** A message the call center posted on a major event; the closing one ends the event. */
@Entity
@Table(name = "major_event_update")
public class MajorEventUpdate {

  @Id
  @SequenceGenerator(
      name = "major_event_update_seq",
      sequenceName = "major_event_update_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "major_event_update_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "event_id")
  private MajorEvent event;

  private String body;

  private boolean closing;

  @ManyToOne
  @JoinColumn(name = "posted_by")
  private Person postedBy;

  @Column(name = "posted_at")
  private Instant postedAt;

  protected MajorEventUpdate() {}

  MajorEventUpdate(MajorEvent event, String body, boolean closing, Person postedBy, Instant at) {
    this.event = event;
    this.body = body;
    this.closing = closing;
    this.postedBy = postedBy;
    this.postedAt = at;
  }

  public Long getId() {
    return id;
  }

  public MajorEvent getEvent() {
    return event;
  }

  public String getBody() {
    return body;
  }

  public boolean isClosing() {
    return closing;
  }

  public Person getPostedBy() {
    return postedBy;
  }

  public Instant getPostedAt() {
    return postedAt;
  }
}

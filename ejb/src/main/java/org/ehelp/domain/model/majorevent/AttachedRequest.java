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
import org.ehelp.domain.model.request.ServiceRequest;

/**
 * A request about a major event, attached to it by its filer or by the call center. The people of
 * attached requests hear of the event's updates, and the requests may close when it ends.
 */
@Entity
@Table(name = "major_event_request")
public class AttachedRequest {

  @Id
  @SequenceGenerator(
      name = "major_event_request_seq",
      sequenceName = "major_event_request_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "major_event_request_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "event_id")
  private MajorEvent event;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id")
  private ServiceRequest request;

  @ManyToOne
  @JoinColumn(name = "attached_by")
  private Person attachedBy;

  @Column(name = "attached_at")
  private Instant attachedAt;

  protected AttachedRequest() {}

  public AttachedRequest(
      MajorEvent event, ServiceRequest request, Person attachedBy, Instant attachedAt) {
    this.event = event;
    this.request = request;
    this.attachedBy = attachedBy;
    this.attachedAt = attachedAt;
  }

  public Long getId() {
    return id;
  }

  public MajorEvent getEvent() {
    return event;
  }

  public ServiceRequest getRequest() {
    return request;
  }

  public Person getAttachedBy() {
    return attachedBy;
  }

  public Instant getAttachedAt() {
    return attachedAt;
  }
}

package org.ehelp.domain.model.sla;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ehelp.domain.model.request.Party;

/**
 * A request reached a threshold of one of its targets, and these people are to hear of it. The
 * database keeps at most one alert per request, target and threshold, which is what makes every
 * threshold notify once, whatever the number of check passes or instances.
 */
@Entity
@Table(name = "sla_alert")
public class SlaAlert {

  @Id
  @SequenceGenerator(name = "sla_alert_seq", sequenceName = "sla_alert_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_alert_seq")
  private Long id;

  @Column(name = "request_id")
  private long requestId;

  @Enumerated(EnumType.STRING)
  private SlaTarget target;

  @Enumerated(EnumType.STRING)
  private Threshold threshold;

  @Column(name = "reached_at")
  private Instant reachedAt;

  @Column(name = "raised_at")
  private Instant raisedAt;

  @Column(name = "deliver_after")
  private Instant deliverAfter;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "sla_alert_recipient", joinColumns = @JoinColumn(name = "alert_id"))
  private List<Recipient> recipients = new ArrayList<>();

  protected SlaAlert() {}

  /**
   * @param reachedAt when the threshold was reached
   * @param deliverAfter not to be delivered before: the next business moment of the calendar when
   *     the threshold is marked outside opening hours, else the raising instant
   */
  public SlaAlert(
      long requestId,
      SlaTarget target,
      Threshold threshold,
      Instant reachedAt,
      Instant raisedAt,
      Instant deliverAfter,
      List<Recipient> recipients) {
    this.requestId = requestId;
    this.target = target;
    this.threshold = threshold;
    this.reachedAt = reachedAt;
    this.raisedAt = raisedAt;
    this.deliverAfter = deliverAfter;
    this.recipients = new ArrayList<>(recipients);
  }

  /** Records that the alert was sent, for the delivery side. */
  public void markDelivered(Instant at) {
    this.deliveredAt = at;
  }

  public Long getId() {
    return id;
  }

  public long getRequestId() {
    return requestId;
  }

  public SlaTarget getTarget() {
    return target;
  }

  public Threshold getThreshold() {
    return threshold;
  }

  public Instant getReachedAt() {
    return reachedAt;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  public Instant getDeliverAfter() {
    return deliverAfter;
  }

  public Instant getDeliveredAt() {
    return deliveredAt;
  }

  public List<Recipient> getRecipients() {
    return List.copyOf(recipients);
  }

  /** One person to notify, and the part they play on the request. */
  @Embeddable
  public static class Recipient {

    @Column(name = "person_id")
    private long personId;

    @Enumerated(EnumType.STRING)
    private Party party;

    protected Recipient() {}

    public Recipient(long personId, Party party) {
      this.personId = personId;
      this.party = party;
    }

    public long getPersonId() {
      return personId;
    }

    public Party getParty() {
      return party;
    }
  }
}

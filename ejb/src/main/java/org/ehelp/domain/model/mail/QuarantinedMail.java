package org.ehelp.domain.model.mail;

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
import java.time.Instant;

/**
 * A received message that could not be processed, with the reason. Its raw bytes are kept whole in
 * {@link QuarantinedContent} so that an admin can download or reprocess it.
 */
@Entity
@Table(name = "mail_quarantine")
public class QuarantinedMail {

  @Id
  @SequenceGenerator(
      name = "mail_quarantine_seq",
      sequenceName = "mail_quarantine_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_quarantine_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "inbound_id")
  private InboundMail inbound;

  private String reason;

  @Column(name = "quarantined_at")
  private Instant quarantinedAt;

  @Enumerated(EnumType.STRING)
  private QuarantineState state;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "resolved_by")
  private Long resolvedBy;

  @Version private long version;

  protected QuarantinedMail() {}

  public QuarantinedMail(InboundMail inbound, String reason, Instant at) {
    this.inbound = inbound;
    this.reason = reason.length() > 4000 ? reason.substring(0, 4000) : reason;
    this.quarantinedAt = at;
    this.state = QuarantineState.OPEN;
  }

  /** Records that an admin reprocessed or discarded the message. */
  public void resolve(QuarantineState outcome, Long adminId, Instant at) {
    this.state = outcome;
    this.resolvedBy = adminId;
    this.resolvedAt = at;
  }

  /** Records a new failure of a message reprocessed from quarantine. */
  public void failedAgain(String reason, Instant at) {
    this.reason = reason.length() > 4000 ? reason.substring(0, 4000) : reason;
    this.quarantinedAt = at;
    this.state = QuarantineState.OPEN;
  }

  public Long getId() {
    return id;
  }

  public InboundMail getInbound() {
    return inbound;
  }

  public String getReason() {
    return reason;
  }

  public Instant getQuarantinedAt() {
    return quarantinedAt;
  }

  public QuarantineState getState() {
    return state;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }

  public Long getResolvedBy() {
    return resolvedBy;
  }
}

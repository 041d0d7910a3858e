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

/** A technician's question to a responsible (a purchase, an access right) and its answer. */
@Entity
@Table(name = "request_approval")
public class Approval {

  @Id
  @SequenceGenerator(name = "approval_seq", sequenceName = "approval_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id")
  private ServiceRequest request;

  @ManyToOne(optional = false)
  @JoinColumn(name = "responsible_id")
  private Person responsible;

  private String question;

  @Enumerated(EnumType.STRING)
  private ApprovalDecision decision;

  private String answer;

  @Column(name = "asked_at")
  private Instant askedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected Approval() {}

  Approval(ServiceRequest request, Person responsible, String question, Instant askedAt) {
    this.request = request;
    this.responsible = responsible;
    this.question = question;
    this.decision = ApprovalDecision.PENDING;
    this.askedAt = askedAt;
  }

  public Long getId() {
    return id;
  }

  public ServiceRequest getRequest() {
    return request;
  }

  public Person getResponsible() {
    return responsible;
  }

  public String getQuestion() {
    return question;
  }

  public ApprovalDecision getDecision() {
    return decision;
  }

  public String getAnswer() {
    return answer;
  }

  public Instant getAskedAt() {
    return askedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  void decide(ApprovalDecision decision, String answer, Instant at) {
    this.decision = decision;
    this.answer = answer;
    this.decidedAt = at;
  }
}

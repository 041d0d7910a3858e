package org.ehelp.domain.model.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The request a client created under an {@code Idempotency-Key}, so that a retried create returns
 * the same request instead of filing a second one. Keys are scoped to the person who sent them.
 */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyRecord {

  @Id
  @SequenceGenerator(
      name = "idempotency_seq",
      sequenceName = "idempotency_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idempotency_seq")
  private Long id;

  @Column(name = "person_id")
  private long personId;

  @Column(name = "idem_key")
  private String key;

  @Column(name = "request_id")
  private long requestId;

  @Column(name = "created_at")
  private Instant createdAt;

  protected IdempotencyRecord() {}

  public IdempotencyRecord(long personId, String key, long requestId, Instant createdAt) {
    this.personId = personId;
    this.key = key;
    this.requestId = requestId;
    this.createdAt = createdAt;
  }

  public long getRequestId() {
    return requestId;
  }
}

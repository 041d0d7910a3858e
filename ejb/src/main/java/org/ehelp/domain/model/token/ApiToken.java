package org.ehelp.domain.model.token;

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

/**
 * A secret that lets another system call the REST API as one person. Only the SHA-256 of the secret
 * is stored; the secret itself is shown once, when it is issued.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

  @Id
  @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "person_id")
  private Person person;

  private String name;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  private boolean revoked;

  protected ApiToken() {}

  public ApiToken(Person person, String name, String tokenHash, Instant createdAt) {
    this.person = person;
    this.name = name;
    this.tokenHash = tokenHash;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Person getPerson() {
    return person;
  }

  public String getName() {
    return name;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public boolean isRevoked() {
    return revoked;
  }

  public void revoke() {
    revoked = true;
  }
}

package org.ehelp.domain.model.request;

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

/** A message on a request; an internal one is a note between staff that requesters never see. */
@Entity
@Table(name = "request_comment")
public class Comment {

  @Id
  @SequenceGenerator(name = "comment_seq", sequenceName = "comment_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comment_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id")
  private ServiceRequest request;

  @ManyToOne(optional = false)
  @JoinColumn(name = "author_id")
  private Person author;

  private String body;

  private boolean internal;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Comment() {}

  Comment(ServiceRequest request, Person author, String body, boolean internal, Instant createdAt) {
    this.request = request;
    this.author = author;
    this.body = body;
    this.internal = internal;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Person getAuthor() {
    return author;
  }

  public String getBody() {
    return body;
  }

  public boolean isInternal() {
    return internal;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}

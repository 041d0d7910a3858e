package org.ehelp.domain.model.kb;

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

/** A technician's record that an article solved a request. */
@Entity
@Table(name = "kb_solution")
public class ArticleSolution {

  @Id
  @SequenceGenerator(name = "kb_solution_seq", sequenceName = "kb_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_solution_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "article_id")
  private Article article;

  @Column(name = "request_id")
  private long requestId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "linked_by")
  private Person linkedBy;

  @Column(name = "linked_at")
  private Instant linkedAt;

  protected ArticleSolution() {}

  public ArticleSolution(Article article, long requestId, Person linkedBy, Instant linkedAt) {
    this.article = article;
    this.requestId = requestId;
    this.linkedBy = linkedBy;
    this.linkedAt = linkedAt;
  }

  public Article getArticle() {
    return article;
  }

  public long getRequestId() {
    return requestId;
  }

  public Person getLinkedBy() {
    return linkedBy;
  }

  public Instant getLinkedAt() {
    return linkedAt;
  }
}

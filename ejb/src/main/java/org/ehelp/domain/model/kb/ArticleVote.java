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

/**
 * A reader's vote on whether the article helped. Each reader has one per article and may change it.
 */
@Entity
@Table(name = "kb_vote")
public class ArticleVote {

  @Id
  @SequenceGenerator(name = "kb_vote_seq", sequenceName = "kb_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_vote_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "article_id")
  private Article article;

  @ManyToOne(optional = false)
  @JoinColumn(name = "person_id")
  private Person person;

  private boolean helpful;

  @Column(name = "voted_at")
  private Instant votedAt;

  protected ArticleVote() {}

  public ArticleVote(Article article, Person person, boolean helpful, Instant votedAt) {
    this.article = article;
    this.person = person;
    this.helpful = helpful;
    this.votedAt = votedAt;
  }

  public void change(boolean isHelpful, Instant now) {
    this.helpful = isHelpful;
    this.votedAt = now;
  }

  public boolean isHelpful() {
    return helpful;
  }
}

package org.ehelp.domain.model.kb;

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
import java.util.List;
import org.ehelp.domain.model.person.Person;

/** The content of an article as one edit left it. Versions are numbered from 1 and never change. */
@Entity
@Table(name = "kb_article_version")
public class ArticleVersion {

  @Id
  @SequenceGenerator(name = "kb_version_seq", sequenceName = "kb_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_version_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "article_id")
  private Article article;

  private int number;

  private String title;

  private String body;

  private String tags;

  @Enumerated(EnumType.STRING)
  private Audience audience;

  private String note;

  @ManyToOne
  @JoinColumn(name = "edited_by")
  private Person editedBy;

  @Column(name = "edited_at")
  private Instant editedAt;

  protected ArticleVersion() {}

  ArticleVersion(
      Article article,
      int number,
      ArticleContent content,
      String note,
      Person editedBy,
      Instant editedAt) {
    this.article = article;
    this.number = number;
    this.title = content.title();
    this.body = content.body();
    this.tags = content.tagText();
    this.audience = content.audience();
    this.note = note;
    this.editedBy = editedBy;
    this.editedAt = editedAt;
  }

  public ArticleContent content() {
    return new ArticleContent(title, body, ArticleContent.tagsOf(tags), audience);
  }

  public int getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public List<String> getTags() {
    return ArticleContent.tagsOf(tags);
  }

  public Audience getAudience() {
    return audience;
  }

  public String getNote() {
    return note;
  }

  public Person getEditedBy() {
    return editedBy;
  }

  public Instant getEditedAt() {
    return editedAt;
  }
}

package org.ehelp.domain.model.kb;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ehelp.domain.error.ActionRejectedException;
import org.ehelp.domain.error.NotFoundException;
import org.ehelp.domain.model.category.Category;
import org.ehelp.domain.model.person.Person;

/**
 * A knowledge-base article: a procedure or a corrective measure. Its content changes only through
 * {@link #edit} and {@link #restore}, each of which adds a version, and its state only through
 * {@link #moveTo}, which follows {@link ArticleState}'s life cycle.
 */
@Entity
@Table(name = "kb_article")
public class Article {

  @Id
  @SequenceGenerator(name = "kb_article_seq", sequenceName = "kb_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_article_seq")
  private Long id;

  private String title;

  private String body;

  private String tags;

  @ManyToOne
  @JoinColumn(name = "category_id")
  private Category category;

  @Enumerated(EnumType.STRING)
  private Audience audience;

  @Enumerated(EnumType.STRING)
  private ArticleState state;

  @Column(name = "current_version")
  private int currentVersion;

  @Column(name = "source_request_id")
  private Long sourceRequestId;

  /** The origin of an imported article, such as its source page; null for articles written here. */
  @Column(name = "source_ref")
  private String sourceRef;

  @ManyToOne
  @JoinColumn(name = "created_by")
  private Person createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  @OneToMany(mappedBy = "article", cascade = CascadeType.ALL)
  @OrderBy("number")
  private List<ArticleVersion> versions = new ArrayList<>();

  protected Article() {}

  /** Writes a new draft, version 1. */
  public Article(
      ArticleContent content, Category category, Person author, Long sourceRequestId, Instant now) {
    this.state = ArticleState.DRAFT;
    this.category = category;
    this.createdBy = author;
    this.createdAt = now;
    this.sourceRequestId = sourceRequestId;
    apply(content, null, author, now);
  }

  /** Changes the content and category, adding a version. Archived articles are read-only. */
  public ArticleVersion edit(
      ArticleContent content, Category newCategory, Person editor, Instant now) {
    requireEditable();
    this.category = newCategory;
    return apply(content, null, editor, now);
  }

  /** Makes an older version's content current again, as a new version. */
  public ArticleVersion restore(int number, Person editor, Instant now) {
    requireEditable();
    ArticleVersion old = findVersion(number);
    return apply(old.content(), "restored:" + number, editor, now);
  }

  /** Moves the article to {@code target} when its life cycle allows it. */
  public void moveTo(ArticleState target, Instant now) {
    if (!state.canMoveTo(target)) {
      throw ActionRejectedException.conflict("error.kb.transition", id, state, target);
    }
    state = target;
    updatedAt = now;
  }

  /** Marks the article as imported from {@code ref} and published at once. */
  public void markImported(String ref) {
    this.sourceRef = ref;
    this.state = ArticleState.PUBLISHED;
  }

  public ArticleVersion findVersion(int number) {
    return versions.stream()
        .filter(v -> v.getNumber() == number)
        .findFirst()
        .orElseThrow(
            () -> new NotFoundException("EH-KB-404", "error.kb.versionNotFound", id, number));
  }

  /** Returns whether {@code reader} may read it: staff always, others once published for all. */
  public boolean isReadableBy(Person reader) {
    return reader.isStaff() || isPublic();
  }

  public boolean isPublic() {
    return state == ArticleState.PUBLISHED && audience == Audience.EVERYONE;
  }

  private void requireEditable() {
    if (state == ArticleState.ARCHIVED) {
      throw ActionRejectedException.conflict("error.kb.archived", id);
    }
  }

  private ArticleVersion apply(ArticleContent content, String note, Person editor, Instant now) {
    this.title = content.title();
    this.body = content.body();
    this.tags = content.tagText();
    this.audience = content.audience();
    this.updatedAt = now;
    this.currentVersion = versions.size() + 1;
    ArticleVersion added = new ArticleVersion(this, currentVersion, content, note, editor, now);
    versions.add(added);
    return added;
  }

  public Long getId() {
    return id;
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

  public Category getCategory() {
    return category;
  }

  public Audience getAudience() {
    return audience;
  }

  public ArticleState getState() {
    return state;
  }

  public int getCurrentVersion() {
    return currentVersion;
  }

  public Long getSourceRequestId() {
    return sourceRequestId;
  }

  public String getSourceRef() {
    return sourceRef;
  }

  public Person getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }

  public List<ArticleVersion> getVersions() {
    return versions;
  }
}

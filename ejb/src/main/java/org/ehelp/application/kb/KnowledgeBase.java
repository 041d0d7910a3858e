package org.ehelp.application.kb;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ehelp.application.CurrentUser;
import org.ehelp.application.search.SearchJournal;
import org.ehelp.application.search.SearchService;
import org.ehelp.domain.error.ActionRejectedException;
import org.ehelp.domain.error.NotFoundException;
import org.ehelp.domain.error.StaleVersionException;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.category.Category;
import org.ehelp.domain.model.category.CategoryRepository;
import org.ehelp.domain.model.kb.Article;
import org.ehelp.domain.model.kb.ArticleContent;
import org.ehelp.domain.model.kb.ArticleRepository;
import org.ehelp.domain.model.kb.ArticleSolution;
import org.ehelp.domain.model.kb.ArticleState;
import org.ehelp.domain.model.kb.ArticleVote;
import org.ehelp.domain.model.kb.LineDiff;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.request.AccessRule;
import org.ehelp.domain.model.request.RequestRepository;
import org.ehelp.domain.model.request.ServiceRequest;
import org.ehelp.search.SearchHit;

/**
 * The knowledge base for the caller. Staff (call center, technicians, admins) write, review,
 * publish and archive articles, and link them to requests as solutions. Everyone reads the articles
 * published for everyone and votes on whether they helped. Every change is journaled for search in
 * its transaction.
 */
@Stateless
public class KnowledgeBase {

  /** The search document type of articles. */
  public static final String TYPE = "ARTICLE";

  private static final int SUGGESTIONS = 5;

  @Inject private CurrentUser currentUser;

  @Inject private ArticleRepository articles;

  @Inject private CategoryRepository categories;

  @Inject private RequestRepository requests;

  @Inject private SearchJournal journal;

  @Inject private SearchService search;

  /** Writes a new draft; {@code fromRequestId} names the resolved request it was written from. */
  public ArticleDetails create(ArticleContent content, String categoryCode, Long fromRequestId) {
    Person author = requireStaff();
    if (fromRequestId != null) {
      readableRequest(author, fromRequestId);
    }

    Article article =
        new Article(content, category(categoryCode), author, fromRequestId, Times.now());
    articles.add(article);
    articles.flush();
    journal.record(TYPE, article.getId().toString());
    return details(article, author);
  }

  /** Edits an article, which adds a version; {@code expectedVersion} guards lost updates. */
  public ArticleDetails edit(
      long id, ArticleContent content, String categoryCode, long expectedVersion) {
    Person editor = requireStaff();
    Article article = find(id, editor);
    requireVersion(article, expectedVersion);

    article.edit(content, category(categoryCode), editor, Times.now());
    return changed(article, editor);
  }

  public ArticleDetails moveTo(long id, ArticleState target) {
    Person actor = requireStaff();
    Article article = find(id, actor);

    article.moveTo(target, Times.now());
    return changed(article, actor);
  }

  /** Makes version {@code number} current again, as a new version. */
  public ArticleDetails restore(long id, int number) {
    Person editor = requireStaff();
    Article article = find(id, editor);

    article.restore(number, editor, Times.now());
    return changed(article, editor);
  }

  public ArticleDetails get(long id) {
    Person reader = currentUser.require();
    return details(find(id, reader), reader);
  }

  /** Lists articles, newest change first: every state for staff, published ones for others. */
  public List<ArticleDetails> list(Set<ArticleState> states, int offset, int limit) {
    Person reader = currentUser.require();
    Set<ArticleState> wanted =
        states == null || states.isEmpty() ? EnumSet.allOf(ArticleState.class) : states;
    if (!reader.isStaff()) {
      wanted = EnumSet.copyOf(wanted);
      wanted.retainAll(Set.of(ArticleState.PUBLISHED));
      if (wanted.isEmpty()) {
        return List.of();
      }
    }
    return articles.list(wanted, !reader.isStaff(), offset, limit).stream()
        .map(a -> details(a, reader))
        .toList();
  }

  public List<ArticleVersionSummary> versions(long id) {
    Person reader = requireStaff();
    return find(id, reader).getVersions().stream().map(ArticleVersionSummary::of).toList();
  }

  public List<LineDiff.Line> compare(long id, int from, int to) {
    Person reader = requireStaff();
    Article article = find(id, reader);
    String before = text(article, from);
    String after = text(article, to);
    return LineDiff.compare(before, after);
  }

  /** Records the caller's vote, replacing an earlier one. */
  public ArticleDetails vote(long id, boolean helpful) {
    Person reader = currentUser.require();
    Article article = find(id, reader);

    articles
        .findVote(id, reader.getId())
        .ifPresentOrElse(
            v -> v.change(helpful, Times.now()),
            () -> articles.add(new ArticleVote(article, reader, helpful, Times.now())));
    articles.flush();
    journal.record(TYPE, article.getId().toString());
    return details(article, reader);
  }

  /** Links a published article to a request it solved; linking twice changes nothing. */
  public ArticleDetails linkSolution(long articleId, long requestId) {
    Person technician = requireStaff();
    Article article = find(articleId, technician);
    readableRequest(technician, requestId);
    if (article.getState() != ArticleState.PUBLISHED) {
      throw ActionRejectedException.conflict("error.kb.notPublished", articleId);
    }

    if (articles.findSolution(articleId, requestId).isEmpty()) {
      articles.add(new ArticleSolution(article, requestId, technician, Times.now()));
      articles.flush();
      journal.record(TYPE, article.getId().toString());
    }
    return details(article, technician);
  }

  /** Lists the articles linked as solutions of a request that the caller may read. */
  public List<ArticleDetails> solutionsOf(long requestId) {
    Person reader = currentUser.require();
    readableRequest(reader, requestId);
    return articles.solutionsOfRequest(requestId).stream()
        .map(ArticleSolution::getArticle)
        .filter(a -> a.isReadableBy(reader))
        .map(a -> details(a, reader))
        .toList();
  }

  /** Returns published articles matching what a requester is typing. */
  public List<SearchHit> suggest(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return search
        .suggest(
            text, Set.of(TYPE), Map.of("state", Set.of(ArticleState.PUBLISHED.name())), SUGGESTIONS)
        .hits();
  }

  private ArticleDetails changed(Article article, Person reader) {
    articles.flush();
    journal.record(TYPE, article.getId().toString());
    return details(article, reader);
  }

  private ArticleDetails details(Article article, Person reader) {
    Boolean mine =
        articles.findVote(article.getId(), reader.getId()).map(ArticleVote::isHelpful).orElse(null);
    return ArticleDetails.of(
        article,
        articles.solvedCount(article.getId()),
        articles.votes(article.getId()),
        mine,
        reader.isStaff());
  }

  private static String text(Article article, int number) {
    var version = article.findVersion(number);
    return version.getTitle() + "\n\n" + version.getBody();
  }

  private Article find(long id, Person reader) {
    return articles
        .findById(id)
        .filter(a -> a.isReadableBy(reader))
        .orElseThrow(() -> new NotFoundException("EH-KB-404", "error.kb.notFound", id));
  }

  private ServiceRequest readableRequest(Person reader, long requestId) {
    return requests
        .findById(requestId)
        .filter(r -> AccessRule.canRead(reader, r))
        .orElseThrow(
            () -> new NotFoundException("EH-REQUEST-404", "error.request.notFound", requestId));
  }

  private Category category(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return categories
        .findByCode(code)
        .orElseThrow(
            () -> new NotFoundException("EH-CATEGORY-404", "error.category.notFound", code));
  }

  private static void requireVersion(Article article, long expected) {
    if (article.getVersion() != expected) {
      throw new StaleVersionException("error.kb.stale", article.getId());
    }
  }

  private Person requireStaff() {
    Person caller = currentUser.require();
    if (!caller.isStaff()) {
      throw ActionRejectedException.forbidden("error.kb.staffOnly");
    }
    return caller;
  }
}

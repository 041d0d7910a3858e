package org.ehelp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ehelp.domain.model.kb.Article;
import org.ehelp.domain.model.kb.ArticleRepository;
import org.ehelp.domain.model.kb.ArticleSolution;
import org.ehelp.domain.model.kb.ArticleState;
import org.ehelp.domain.model.kb.ArticleVote;
import org.ehelp.domain.model.kb.Audience;

@ApplicationScoped
public class JpaArticleRepository implements ArticleRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Article> findById(long id) {
    return Optional.ofNullable(em.find(Article.class, id));
  }

  @Override
  public void add(Article article) {
    em.persist(article);
  }

  @Override
  public List<Article> list(
      Collection<ArticleState> states, boolean publicOnly, int offset, int limit) {
    String jpql =
        "SELECT a FROM Article a WHERE a.state IN :states"
            + (publicOnly ? " AND a.audience = :everyone" : "")
            + " ORDER BY a.updatedAt DESC, a.id DESC";
    var query = em.createQuery(jpql, Article.class).setParameter("states", states);
    if (publicOnly) {
      query.setParameter("everyone", Audience.EVERYONE);
    }
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public List<Long> allIds() {
    return em.createQuery("SELECT a.id FROM Article a ORDER BY a.id", Long.class).getResultList();
  }

  @Override
  public boolean existsBySourceRef(String ref) {
    return !em.createQuery("SELECT a.id FROM Article a WHERE a.sourceRef = :ref", Long.class)
        .setParameter("ref", ref)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Optional<ArticleSolution> findSolution(long articleId, long requestId) {
    return em.createQuery(
            "SELECT s FROM ArticleSolution s WHERE s.article.id = :a AND s.requestId = :r",
            ArticleSolution.class)
        .setParameter("a", articleId)
        .setParameter("r", requestId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(ArticleSolution solution) {
    em.persist(solution);
  }

  @Override
  public List<ArticleSolution> solutionsOfRequest(long requestId) {
    return em.createQuery(
            "SELECT s FROM ArticleSolution s WHERE s.requestId = :r ORDER BY s.linkedAt",
            ArticleSolution.class)
        .setParameter("r", requestId)
        .getResultList();
  }

  @Override
  public long solvedCount(long articleId) {
    return em.createQuery(
            "SELECT COUNT(s) FROM ArticleSolution s WHERE s.article.id = :a", Long.class)
        .setParameter("a", articleId)
        .getSingleResult();
  }

  @Override
  public Optional<ArticleVote> findVote(long articleId, long personId) {
    return em.createQuery(
            "SELECT v FROM ArticleVote v WHERE v.article.id = :a AND v.person.id = :p",
            ArticleVote.class)
        .setParameter("a", articleId)
        .setParameter("p", personId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(ArticleVote vote) {
    em.persist(vote);
  }

  @Override
  public long[] votes(long articleId) {
    long[] counts = new long[2];
    List<Object[]> rows =
        em.createQuery(
                "SELECT v.helpful, COUNT(v) FROM ArticleVote v WHERE v.article.id = :a"
                    + " GROUP BY v.helpful",
                Object[].class)
            .setParameter("a", articleId)
            .getResultList();
    for (Object[] row : rows) {
      counts[Boolean.TRUE.equals(row[0]) ? 0 : 1] = ((Number) row[1]).longValue();
    }
    return counts;
  }

  @Override
  public void flush() {
    em.flush();
  }
}

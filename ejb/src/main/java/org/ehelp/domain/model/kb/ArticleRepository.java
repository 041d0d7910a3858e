package org.ehelp.domain.model.kb;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The knowledge-base articles, their solutions and votes. */
public interface ArticleRepository {

  Optional<Article> findById(long id);

  void add(Article article);

  /**
   * Lists articles in the given states, newest change first; {@code publicOnly} keeps those
   * published for everyone.
   */
  List<Article> list(Collection<ArticleState> states, boolean publicOnly, int offset, int limit);

  List<Long> allIds();

  boolean existsBySourceRef(String ref);

  Optional<ArticleSolution> findSolution(long articleId, long requestId);

  void add(ArticleSolution solution);

  List<ArticleSolution> solutionsOfRequest(long requestId);

  long solvedCount(long articleId);

  Optional<ArticleVote> findVote(long articleId, long personId);

  void add(ArticleVote vote);

  /** Returns the helpful and not helpful votes: {@code [yes, no]}. */
  long[] votes(long articleId);

  void flush();
}

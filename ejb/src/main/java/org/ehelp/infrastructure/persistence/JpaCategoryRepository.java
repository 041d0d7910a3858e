package org.ehelp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ehelp.domain.model.category.Category;
import org.ehelp.domain.model.category.CategoryRepository;

@ApplicationScoped
public class JpaCategoryRepository implements CategoryRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Category> findById(long id) {
    return Optional.ofNullable(em.find(Category.class, id));
  }

  @Override
  public Optional<Category> findByCode(String code) {
    return em.createQuery("SELECT c FROM Category c WHERE c.code = :code", Category.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Category> findActive() {
    return em.createQuery(
            "SELECT c FROM Category c WHERE c.active = TRUE ORDER BY c.name", Category.class)
        .getResultList();
  }

  @Override
  public List<Category> findAll() {
    return em.createQuery("SELECT c FROM Category c ORDER BY c.name", Category.class)
        .getResultList();
  }

  @Override
  public void add(Category category) {
    em.persist(category);
  }
}

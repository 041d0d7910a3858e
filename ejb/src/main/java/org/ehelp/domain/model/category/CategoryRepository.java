package org.ehelp.domain.model.category;

import java.util.List;
import java.util.Optional;

/** The categories requests are filed under. */
public interface CategoryRepository {

  Optional<Category> findById(long id);

  Optional<Category> findByCode(String code);

  List<Category> findActive();

  /** Returns every category, active or not, by name. */
  List<Category> findAll();

  void add(Category category);
}

package org.ehelp.application;

import org.ehelp.domain.model.category.Category;

/** A category as pickers and lists show it. */
public record CategoryRef(String code, String name, String supportGroup) {

  public static CategoryRef of(Category category) {
    return new CategoryRef(
        category.getCode(),
        category.getName(),
        category.getSupportGroup() == null ? null : category.getSupportGroup().getName());
  }
}

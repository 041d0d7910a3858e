package org.ehelp.application.admin;

import org.ehelp.domain.model.category.Category;

/**
 * A category as the admin pages show and edit it.
 *
 * @param id null for a category not created yet
 * @param supportGroupId the team that usually handles it, or null
 */
public record CategoryEntry(
    Long id,
    String code,
    String name,
    Long supportGroupId,
    String supportGroupName,
    boolean active) {

  public static CategoryEntry of(Category category) {
    return new CategoryEntry(
        category.getId(),
        category.getCode(),
        category.getName(),
        category.getSupportGroup() == null ? null : category.getSupportGroup().getId(),
        category.getSupportGroup() == null ? null : category.getSupportGroup().getName(),
        category.isActive());
  }
}

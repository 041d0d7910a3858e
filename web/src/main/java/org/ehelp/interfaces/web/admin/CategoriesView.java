package org.ehelp.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ehelp.application.admin.AdminService;
import org.ehelp.application.admin.CategoryEntry;
import org.ehelp.application.admin.GroupEntry;
import org.ehelp.interfaces.web.support.Texts;

/** The admin's categories page: create categories, rename them, route them, retire them. */
@Named
@ViewScoped
public class CategoriesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AdminService admin;

  private List<CategoryEntry> categories;
  private List<GroupEntry> groups;
  private Long editedId;
  private String code;
  private String name;
  private Long supportGroupId;
  private boolean active = true;

  @PostConstruct
  void init() {
    categories = admin.categories();
    groups = admin.groups();
  }

  public void create() {
    editedId = null;
    code = null;
    name = null;
    supportGroupId = null;
    active = true;
  }

  public void edit(CategoryEntry category) {
    editedId = category.id();
    code = category.code();
    name = category.name();
    supportGroupId = category.supportGroupId();
    active = category.active();
  }

  public void save() {
    CategoryEntry saved =
        admin.saveCategory(new CategoryEntry(editedId, code, name, supportGroupId, null, active));
    Texts.info("portal.admin.category.saved", saved.name());
    editedId = saved.id();
    categories = admin.categories();
  }

  public List<CategoryEntry> getCategories() {
    return categories;
  }

  public List<GroupEntry> getGroups() {
    return groups;
  }

  public boolean isNew() {
    return editedId == null;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Long getSupportGroupId() {
    return supportGroupId;
  }

  public void setSupportGroupId(Long supportGroupId) {
    this.supportGroupId = supportGroupId;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}

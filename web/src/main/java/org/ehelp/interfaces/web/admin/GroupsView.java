package org.ehelp.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ehelp.application.admin.AdminService;
import org.ehelp.application.admin.GroupEntry;
import org.ehelp.interfaces.web.support.Texts;

/** The admin's support groups page: create and rename groups. */
@Named
@ViewScoped
public class GroupsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AdminService admin;

  private List<GroupEntry> groups;
  private Long editedId;
  private String name;

  @PostConstruct
  void init() {
    groups = admin.groups();
  }

  public void create() {
    editedId = null;
    name = null;
  }

  public void edit(GroupEntry group) {
    editedId = group.id();
    name = group.name();
  }

  public void save() {
    GroupEntry saved = admin.saveGroup(new GroupEntry(editedId, name));
    Texts.info("portal.admin.group.saved", saved.name());
    editedId = saved.id();
    groups = admin.groups();
  }

  public List<GroupEntry> getGroups() {
    return groups;
  }

  public boolean isNew() {
    return editedId == null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}

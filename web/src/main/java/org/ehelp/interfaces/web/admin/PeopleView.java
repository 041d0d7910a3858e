package org.ehelp.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ehelp.application.admin.AdminService;
import org.ehelp.application.admin.GroupEntry;
import org.ehelp.application.admin.PersonEntry;
import org.ehelp.domain.model.person.Role;
import org.ehelp.interfaces.web.support.Texts;

/** The admin's people page: find people, create them, and change their roles and groups. */
@Named
@ViewScoped
public class PeopleView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AdminService admin;

  private String search;
  private List<PersonEntry> people;
  private List<GroupEntry> groups;
  private final PersonForm form = new PersonForm();

  @PostConstruct
  void init() {
    groups = admin.groups();
    find();
  }

  /** Lists the people matching the search text. */
  public void find() {
    people = admin.people(search);
  }

  /** Opens the form for a new person. */
  public void create() {
    form.load(
        new PersonEntry(
            null, "", "", "", "", "en", "Europe/Paris", Set.of(), Set.of(), true, null));
  }

  /** Opens the form for an existing person. */
  public void edit(PersonEntry person) {
    form.load(person);
  }

  /** Saves the form and lists the people again. */
  public void save() {
    PersonEntry saved = admin.savePerson(form.entry());
    Texts.info("portal.admin.person.saved", saved.displayName());
    form.load(saved);
    find();
  }

  public List<Role> getRoles() {
    List<Role> roles = new ArrayList<>(EnumSet.allOf(Role.class));
    roles.remove(Role.REQUESTER);
    return roles;
  }

  public List<GroupEntry> getGroups() {
    return groups;
  }

  /** Returns the names of the groups with these ids, for the table. */
  public String groupNames(Set<Long> ids) {
    List<String> names = new ArrayList<>();
    for (GroupEntry group : groups) {
      if (ids.contains(group.id())) {
        names.add(group.name());
      }
    }
    return String.join(", ", names);
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public List<PersonEntry> getPeople() {
    return people;
  }

  public PersonForm getForm() {
    return form;
  }

  /** The fields of the person being edited, as the form binds them. */
  public static class PersonForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long id;
    private String login;
    private String displayName;
    private String email;
    private String phone;
    private String locale;
    private String timeZone;
    private List<String> roles = new ArrayList<>();
    private List<String> groupIds = new ArrayList<>();
    private boolean active;
    private String password;

    void load(PersonEntry entry) {
      id = entry.id();
      login = entry.login();
      displayName = entry.displayName();
      email = entry.email();
      phone = entry.phone();
      locale = entry.locale();
      timeZone = entry.timeZone();
      roles = new ArrayList<>(entry.roles().stream().map(Role::name).toList());
      roles.remove(Role.REQUESTER.name());
      groupIds = new ArrayList<>(entry.groupIds().stream().map(String::valueOf).toList());
      active = entry.active();
      password = null;
    }

    PersonEntry entry() {
      Set<Role> granted = EnumSet.noneOf(Role.class);
      roles.forEach(r -> granted.add(Role.valueOf(r)));
      Set<Long> groupSet = new HashSet<>();
      groupIds.forEach(g -> groupSet.add(Long.valueOf(g)));
      return new PersonEntry(
          id,
          login,
          displayName,
          email,
          phone,
          locale,
          timeZone,
          granted,
          groupSet,
          active,
          password);
    }

    public boolean isNew() {
      return id == null;
    }

    public Long getId() {
      return id;
    }

    public String getLogin() {
      return login;
    }

    public void setLogin(String login) {
      this.login = login;
    }

    public String getDisplayName() {
      return displayName;
    }

    public void setDisplayName(String displayName) {
      this.displayName = displayName;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public String getPhone() {
      return phone;
    }

    public void setPhone(String phone) {
      this.phone = phone;
    }

    public String getLocale() {
      return locale;
    }

    public void setLocale(String locale) {
      this.locale = locale;
    }

    public String getTimeZone() {
      return timeZone;
    }

    public void setTimeZone(String timeZone) {
      this.timeZone = timeZone;
    }

    public List<String> getRoles() {
      return roles;
    }

    public void setRoles(List<String> roles) {
      this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public List<String> getGroupIds() {
      return groupIds;
    }

    public void setGroupIds(List<String> groupIds) {
      this.groupIds = groupIds == null ? new ArrayList<>() : new ArrayList<>(groupIds);
    }

    public boolean isActive() {
      return active;
    }

    public void setActive(boolean active) {
      this.active = active;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }
  }
}

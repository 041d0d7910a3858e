package org.ehelp.application.admin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.ehelp.application.CurrentUser;
import org.ehelp.application.PersonPreferences;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.error.NotFoundException;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.category.Category;
import org.ehelp.domain.model.category.CategoryRepository;
import org.ehelp.domain.model.person.EmailAddress;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.PersonRepository;
import org.ehelp.domain.model.person.Role;
import org.ehelp.domain.model.person.SupportGroup;
import org.ehelp.infrastructure.security.Passwords;

/** The admin's work on the directory: people and their roles and groups, groups, categories. */
@Stateless
public class AdminService {

  private static final Logger LOG = Logger.getLogger(AdminService.class.getName());
  private static final int MAX_PEOPLE = 200;

  @Inject private CurrentUser currentUser;

  @Inject private PersonRepository people;

  @Inject private CategoryRepository categories;

  @Inject private Passwords passwords;

  /** Finds people, active or not, whose name, login, e-mail or phone contains the text. */
  public List<PersonEntry> people(String text) {
    requireAdmin();
    return people.searchAll(text, MAX_PEOPLE).stream().map(PersonEntry::of).toList();
  }

  /** Creates a person, or changes one when the entry has an id. */
  public PersonEntry savePerson(PersonEntry entry) {
    Person admin = requireAdmin();
    String login = RequiredText.of(entry.login(), "login", 100);
    String name = RequiredText.of(entry.displayName(), "displayName", 200);
    EmailAddress email = new EmailAddress(RequiredText.of(entry.email(), "email", 320));
    Locale locale = PersonPreferences.language(entry.locale());
    ZoneId zone = PersonPreferences.zone(entry.timeZone());
    Set<SupportGroup> groups = groups(entry.groupIds());
    Set<Role> roles = entry.roles() == null ? EnumSet.noneOf(Role.class) : entry.roles();
    String phone = entry.phone() == null || entry.phone().isBlank() ? null : entry.phone().strip();

    Person person;
    if (entry.id() == null) {
      people.findByLogin(login).ifPresent(p -> failTaken(login));
      person = new Person(login, email, name, Times.now());
      people.add(person);
    } else {
      person = people.findById(entry.id()).orElseThrow(() -> personNotFound(entry.id()));
      people
          .findByLogin(login)
          .filter(p -> !p.getId().equals(person.getId()))
          .ifPresent(p -> failTaken(login));
      if (!person.getLogin().equals(login)) {
        throw new InvalidInputException("EH-PERSON-400", "error.person.loginFixed", login);
      }
      person.changeEmail(email);
    }
    people
        .findByEmail(email)
        .filter(p -> person.getId() == null || !p.getId().equals(person.getId()))
        .ifPresent(
            p -> {
              throw new InvalidInputException(
                  "EH-PERSON-400", "error.person.emailTaken", email.value());
            });
    if (person.getId() != null && person.getId().equals(admin.getId()) && !entry.active()) {
      throw new InvalidInputException("EH-PERSON-400", "error.person.selfDeactivation");
    }
    if (person.getId() != null
        && person.getId().equals(admin.getId())
        && !roles.contains(Role.ADMIN)) {
      throw new InvalidInputException("EH-PERSON-400", "error.person.selfDemotion");
    }

    person.changeProfile(name, phone, locale, zone);
    person.replaceRoles(roles);
    person.replaceGroups(groups);
    if (entry.active()) {
      person.reactivate();
    } else {
      person.deactivate();
    }
    if (entry.password() != null && !entry.password().isBlank()) {
      person.changePasswordHash(passwords.hash(entry.password()));
    }
    people.flush();

    LOG.info(() -> "Person " + person.getId() + " saved by admin " + admin.getId());
    return PersonEntry.of(person);
  }

  /** Returns every support group, by name. */
  public List<GroupEntry> groups() {
    requireAdmin();
    return people.findGroups().stream().map(g -> new GroupEntry(g.getId(), g.getName())).toList();
  }

  /** Creates a support group, or renames one when the entry has an id. */
  public GroupEntry saveGroup(GroupEntry entry) {
    requireAdmin();
    String name = RequiredText.of(entry.name(), "name", 100);
    people
        .findGroupByName(name)
        .filter(g -> entry.id() == null || !g.getId().equals(entry.id()))
        .ifPresent(
            g -> {
              throw new InvalidInputException("EH-GROUP-400", "error.group.nameTaken", name);
            });

    SupportGroup group;
    if (entry.id() == null) {
      group = new SupportGroup(name);
      people.add(group);
    } else {
      group = people.findGroupById(entry.id()).orElseThrow(() -> groupNotFound(entry.id()));
      group.rename(name);
    }
    people.flush();
    LOG.info(() -> "Support group " + group.getId() + " saved");
    return new GroupEntry(group.getId(), group.getName());
  }

  /** Returns every category, active or not, by name. */
  public List<CategoryEntry> categories() {
    requireAdmin();
    return categories.findAll().stream().map(CategoryEntry::of).toList();
  }

  /** Creates a category, or changes one when the entry has an id; the code never changes. */
  public CategoryEntry saveCategory(CategoryEntry entry) {
    requireAdmin();
    String code = RequiredText.of(entry.code(), "code", 50);
    String name = RequiredText.of(entry.name(), "name", 200);
    SupportGroup group =
        entry.supportGroupId() == null
            ? null
            : people
                .findGroupById(entry.supportGroupId())
                .orElseThrow(() -> groupNotFound(entry.supportGroupId()));

    Category category;
    if (entry.id() == null) {
      categories
          .findByCode(code)
          .ifPresent(
              c -> {
                throw new InvalidInputException(
                    "EH-CATEGORY-400", "error.category.codeTaken", code);
              });
      category = new Category(code, name, group);
      categories.add(category);
    } else {
      category =
          categories
              .findById(entry.id())
              .orElseThrow(
                  () ->
                      new NotFoundException(
                          "EH-CATEGORY-404", "error.category.notFound", entry.id()));
      category.change(name, group);
    }
    if (entry.active()) {
      category.activate();
    } else {
      category.deactivate();
    }
    people.flush();
    LOG.info(() -> "Category " + category.getId() + " saved");
    return CategoryEntry.of(category);
  }

  private Person requireAdmin() {
    return currentUser.requireAdmin();
  }

  private Set<SupportGroup> groups(Set<Long> ids) {
    Set<SupportGroup> groups = new HashSet<>();
    if (ids != null) {
      for (Long id : ids) {
        groups.add(people.findGroupById(id).orElseThrow(() -> groupNotFound(id)));
      }
    }
    return groups;
  }

  private static void failTaken(String login) {
    throw new InvalidInputException("EH-PERSON-400", "error.person.loginTaken", login);
  }

  private static NotFoundException personNotFound(long id) {
    return new NotFoundException("EH-PERSON-404", "error.person.notFound", id);
  }

  private static NotFoundException groupNotFound(long id) {
    return new NotFoundException("EH-GROUP-404", "error.group.notFound", id);
  }
}

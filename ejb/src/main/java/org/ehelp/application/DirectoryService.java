package org.ehelp.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.ehelp.domain.model.category.CategoryRepository;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.PersonRepository;
import org.ehelp.domain.model.person.Role;
import org.ehelp.domain.model.person.SupportGroup;
import org.ehelp.domain.model.request.RequestRepository;

/** Finds people and categories for forms: callers by name, technicians with their load. */
@Stateless
public class DirectoryService {

  private static final int MAX_MATCHES = 50;

  @Inject private CurrentUser currentUser;

  @Inject private PersonRepository people;

  @Inject private CategoryRepository categories;

  @Inject private RequestRepository requests;

  /** Returns the signed-in person's profile. */
  public Profile me() {
    return Profile.of(currentUser.require());
  }

  /** Returns the support groups the caller belongs to, by name. */
  public List<GroupRef> myGroups() {
    return currentUser.require().getGroups().stream()
        .map(GroupRef::of)
        .sorted(Comparator.comparing(GroupRef::name))
        .toList();
  }

  /**
   * Changes the caller's own language and time zone, which the portal uses for every page and time
   * it shows them.
   *
   * @param language {@code en} or {@code fr}
   * @param timeZone an IANA time zone id such as {@code Europe/Paris}
   */
  public Profile changeMyPreferences(String language, String timeZone) {
    Person me = currentUser.require();
    me.changeProfile(
        me.getDisplayName(),
        me.getPhone(),
        PersonPreferences.language(language),
        PersonPreferences.zone(timeZone));
    people.flush();
    return Profile.of(me);
  }

  /**
   * Finds active people whose name, login, e-mail or phone contains the text, for pickers.
   *
   * @param role only people with this role, or null for everyone
   */
  public List<PersonRef> findPeople(String text, Role role, int limit) {
    currentUser.require();
    return people.search(text, role, Math.max(1, Math.min(limit, MAX_MATCHES))).stream()
        .map(PersonRef::of)
        .toList();
  }

  /** Returns the active people with the role, by name. */
  public List<PersonRef> withRole(Role role) {
    currentUser.require();
    return people.findByRole(role).stream().map(PersonRef::of).toList();
  }

  /** Returns every technician with the number of open requests assigned to them. */
  public List<TechnicianLoad> technicians() {
    currentUser.require();
    Map<Long, Long> load = requests.openLoadByTechnician();
    return people.findByRole(Role.TECHNICIAN).stream()
        .map(
            (Person p) ->
                new TechnicianLoad(
                    PersonRef.of(p),
                    p.getGroups().stream().map(SupportGroup::getName).sorted().toList(),
                    load.getOrDefault(p.getId(), 0L)))
        .toList();
  }

  /** Returns the categories a request can be filed under. */
  public List<CategoryRef> categories() {
    return categories.findActive().stream().map(CategoryRef::of).toList();
  }
}

package org.ehelp.domain.model.person;

import java.util.List;
import java.util.Optional;

/** The people known to eHelp. */
public interface PersonRepository {

  Optional<Person> findById(long id);

  Optional<Person> findByLogin(String login);

  Optional<Person> findByEmail(EmailAddress email);

  /** Finds active people whose name, login, e-mail or phone starts with or contains the text. */
  List<Person> search(String text, Role role, int limit);

  List<Person> findByRole(Role role);

  Optional<SupportGroup> findGroupByName(String name);

  Optional<SupportGroup> findGroupById(long id);

  /** Returns every support group, by name. */
  List<SupportGroup> findGroups();

  /**
   * Finds people, active or not, whose name, login, e-mail or phone contains the text, by name.
   *
   * @param text the text to look for, or blank for everyone
   */
  List<Person> searchAll(String text, int limit);

  void add(Person person);

  void add(SupportGroup group);

  /** Writes pending changes now, so that generated ids and constraint violations are known. */
  void flush();
}

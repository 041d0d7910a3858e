package org.ehelp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ehelp.domain.model.person.EmailAddress;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.PersonRepository;
import org.ehelp.domain.model.person.Role;
import org.ehelp.domain.model.person.SupportGroup;

@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Person> findById(long id) {
    return Optional.ofNullable(em.find(Person.class, id));
  }

  @Override
  public Optional<Person> findByLogin(String login) {
    return em.createQuery("SELECT p FROM Person p WHERE p.login = :login", Person.class)
        .setParameter("login", login)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Person> findByEmail(EmailAddress email) {
    return em.createQuery("SELECT p FROM Person p WHERE p.email = :email", Person.class)
        .setParameter("email", email.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Person> search(String text, Role role, int limit) {
    String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
    String roleClause =
        role == null || role == Role.REQUESTER ? "" : " AND :role MEMBER OF p.roles";
    var query =
        em.createQuery(
                "SELECT p FROM Person p WHERE p.active = TRUE AND (LOWER(p.displayName) LIKE :t"
                    + " OR LOWER(p.login) LIKE :t OR p.email LIKE :t OR p.phone LIKE :t)"
                    + roleClause
                    + " ORDER BY p.displayName",
                Person.class)
            .setParameter("t", pattern)
            .setMaxResults(limit);
    if (!roleClause.isEmpty()) {
      query.setParameter("role", role);
    }
    return query.getResultList();
  }

  @Override
  public List<Person> findByRole(Role role) {
    if (role == Role.REQUESTER) {
      return em.createQuery(
              "SELECT p FROM Person p WHERE p.active = TRUE ORDER BY p.displayName", Person.class)
          .getResultList();
    }
    return em.createQuery(
            "SELECT p FROM Person p WHERE p.active = TRUE AND :role MEMBER OF p.roles"
                + " ORDER BY p.displayName",
            Person.class)
        .setParameter("role", role)
        .getResultList();
  }

  @Override
  public Optional<SupportGroup> findGroupByName(String name) {
    return em.createQuery("SELECT g FROM SupportGroup g WHERE g.name = :name", SupportGroup.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<SupportGroup> findGroupById(long id) {
    return Optional.ofNullable(em.find(SupportGroup.class, id));
  }

  @Override
  public List<SupportGroup> findGroups() {
    return em.createQuery("SELECT g FROM SupportGroup g ORDER BY g.name", SupportGroup.class)
        .getResultList();
  }

  @Override
  public List<Person> searchAll(String text, int limit) {
    String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
    return em.createQuery(
            "SELECT p FROM Person p WHERE LOWER(p.displayName) LIKE :t OR LOWER(p.login) LIKE :t"
                + " OR p.email LIKE :t OR p.phone LIKE :t ORDER BY p.displayName",
            Person.class)
        .setParameter("t", pattern)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void add(Person person) {
    em.persist(person);
  }

  @Override
  public void add(SupportGroup group) {
    em.persist(group);
  }

  @Override
  public void flush() {
    em.flush();
  }
}

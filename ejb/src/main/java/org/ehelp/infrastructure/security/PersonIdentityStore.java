package org.ehelp.infrastructure.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.Role;

/**
 * Checks logins and passwords against the people table, where passwords are salted PBKDF2 hashes,
 * and gives each person their roles as groups.
 *
 * <p>It is a session bean because the container calls it from the web module, where the EJB
 * module's persistence unit cannot be looked up; a call to an EJB runs in the EJB module instead.
 */
@Stateless
public class PersonIdentityStore implements IdentityStore {

  @PersistenceContext private EntityManager em;

  @Inject private Passwords passwords;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    Person person =
        em.createQuery("SELECT p FROM Person p WHERE p.login = :login", Person.class)
            .setParameter("login", login.getCaller())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (person == null
        || !person.isActive()
        || !passwords.matches(login.getPasswordAsString(), person.getPasswordHash())) {
      // Hash anyway, so that an unknown login takes as long as a wrong password.
      if (person == null) {
        passwords.hash(login.getPasswordAsString());
      }
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(person.getLogin(), groupsOf(person));
  }

  static Set<String> groupsOf(Person person) {
    return person.getRoles().stream().map(Role::name).collect(Collectors.toSet());
  }
}

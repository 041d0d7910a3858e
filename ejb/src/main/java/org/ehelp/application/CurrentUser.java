package org.ehelp.application;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.Principal;
import org.ehelp.domain.error.ActionRejectedException;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.PersonRepository;
import org.ehelp.domain.model.person.Role;

/** The person on whose behalf the current call runs, as authenticated by the container. */
@Stateless
public class CurrentUser {

  @Resource private SessionContext context;

  @Inject private PersonRepository people;

  /** Returns the caller, refusing anonymous calls and deactivated accounts. */
  public Person require() {
    Principal principal = context.getCallerPrincipal();
    String login = principal == null ? null : principal.getName();
    return people
        .findByLogin(login == null ? "" : login)
        .filter(Person::isActive)
        .orElseThrow(() -> ActionRejectedException.forbidden("error.auth.required"));
  }

  /** Returns the caller when they are an administrator, and refuses everyone else. */
  public Person requireAdmin() {
    Person caller = require();
    if (!caller.hasRole(Role.ADMIN)) {
      throw ActionRejectedException.forbidden("error.auth.adminOnly");
    }
    return caller;
  }
}

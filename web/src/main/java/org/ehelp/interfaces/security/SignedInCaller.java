package org.ehelp.interfaces.security;

import java.io.Serializable;
import java.util.Set;

/**
 * A person who has just signed in on the login page and is being redirected to the page they
 * requested first. The container is told about them on that next request.
 *
 * @param groups the role names of the person
 */
record SignedInCaller(String name, Set<String> groups) implements Serializable {}

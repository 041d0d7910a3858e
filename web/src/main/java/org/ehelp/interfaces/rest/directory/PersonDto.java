package org.ehelp.interfaces.rest.directory;

/** A person as the API names them in requests and pickers. */
public record PersonDto(long id, String login, String displayName, String email) {}

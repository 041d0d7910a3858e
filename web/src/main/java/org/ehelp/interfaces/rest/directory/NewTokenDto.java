package org.ehelp.interfaces.rest.directory;

/**
 * A request for an API token.
 *
 * @param name a label that reminds the owner what the token is for
 */
public record NewTokenDto(String name) {}

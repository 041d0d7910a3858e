package org.ehelp.interfaces.rest.directory;

/**
 * A newly issued API token.
 *
 * @param secret the value to send as {@code Authorization: Bearer <secret>}; it is returned only
 *     once, because eHelp stores only its digest
 */
public record TokenDto(long id, String name, String secret) {}

package org.ehelp.interfaces.rest.directory;

/**
 * A category a request can be filed under.
 *
 * @param supportGroup the name of the group that handles it, absent when none is set
 */
public record CategoryDto(String code, String name, String supportGroup) {}

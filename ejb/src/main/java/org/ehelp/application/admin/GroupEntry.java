package org.ehelp.application.admin;

/**
 * A support group as the admin pages show and edit it.
 *
 * @param id null for a group not created yet
 */
public record GroupEntry(Long id, String name) {}

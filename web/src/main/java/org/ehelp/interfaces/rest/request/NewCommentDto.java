package org.ehelp.interfaces.rest.request;

/**
 * A comment to add.
 *
 * @param internal true for a note visible to service desk staff only; false when absent
 */
public record NewCommentDto(String body, Boolean internal) {}

package org.ehelp.interfaces.rest.request;

/**
 * The body a client sends to file a request.
 *
 * @param categoryCode the category, or absent when the filer does not know it
 * @param priority P1 to P4, P3 when absent. A string rather than the enum, because JSON-B names no
 *     field when it meets an unknown constant, and the error should name it.
 * @param requesterId the person the request is for, when filing for someone else
 */
public record NewRequestDto(
    String title, String description, String categoryCode, String priority, Long requesterId) {}

package org.ehelp.interfaces.rest.request;

import java.time.Instant;
import org.ehelp.interfaces.rest.directory.PersonDto;

/**
 * A comment on a request.
 *
 * @param internal whether it is a note for service desk staff, never shown to requesters
 */
public record CommentDto(
    long id, PersonDto author, String body, boolean internal, Instant createdAt) {}

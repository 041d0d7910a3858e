package org.ehelp.interfaces.rest.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ehelp.domain.model.request.TaskState;
import org.ehelp.interfaces.rest.directory.PersonDto;

/**
 * A task given to a contributor.
 *
 * @param actions what the reader may do with this task now: {@code start-task}, {@code
 *     complete-task}, {@code cancel-task}
 */
public record TaskDto(
    long id,
    PersonDto contributor,
    String description,
    LocalDate dueDate,
    TaskState state,
    String note,
    Instant createdAt,
    Instant updatedAt,
    List<String> actions) {}

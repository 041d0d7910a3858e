package org.ehelp.interfaces.rest.request;

import java.time.Instant;
import org.ehelp.domain.model.request.RequestState;
import org.ehelp.interfaces.rest.directory.PersonDto;

/**
 * One entry of a request's history: one action, numbered from 1 without gaps.
 *
 * @param action the action in kebab case, such as {@code mark-realized}
 * @param fromState absent for the entry that filed the request
 * @param actor absent when eHelp acted by itself, from a timer
 */
public record HistoryEntryDto(
    int seq,
    String action,
    RequestState fromState,
    RequestState toState,
    PersonDto actor,
    String actorName,
    Instant occurredAt,
    String note) {}

package org.ehelp.application;

import org.ehelp.domain.model.request.Channel;
import org.ehelp.domain.model.request.Priority;

/**
 * What a person types to file a request.
 *
 * @param requesterId the person the request is for, or null for the filer themself
 * @param categoryCode the category, or null when the filer does not know
 * @param priority the priority, or null for {@link Priority#P3}
 */
public record NewRequest(
    String title,
    String description,
    String categoryCode,
    Priority priority,
    Long requesterId,
    Channel channel) {}

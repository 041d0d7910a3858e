package org.ehelp.domain.model.request;

/**
 * A comment or internal note was added to a request. Fired like {@link RequestChanged}: inside the
 * transaction that added it, after it was persisted.
 */
public record CommentAdded(ServiceRequest request, Comment comment) {}

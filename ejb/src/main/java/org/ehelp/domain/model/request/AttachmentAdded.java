package org.ehelp.domain.model.request;

/**
 * A file was attached to a request. Fired like {@link RequestChanged}: inside the transaction that
 * stored it, after it was persisted, so observers (a search indexer, a notification) can read both
 * the description and, through the repository, the bytes.
 */
public record AttachmentAdded(ServiceRequest request, Attachment attachment) {}

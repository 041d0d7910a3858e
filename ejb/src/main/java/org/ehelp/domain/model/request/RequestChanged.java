package org.ehelp.domain.model.request;

/**
 * A request got a history entry: it was filed or imported, or an action was taken on it.
 *
 * <p>The event is fired synchronously, inside the transaction that made the change and after the
 * request was persisted, so its id is known. An observer that records something about the change (a
 * notification, an SLA clock, a search journal entry) writes it in the same transaction, so that
 * both commit or neither does. An observer that throws rolls the change back.
 *
 * @param entry the new entry; a change that wrote several entries fires one event for each, in
 *     order
 */
public record RequestChanged(ServiceRequest request, HistoryEntry entry) {}

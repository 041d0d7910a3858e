package org.ehelp.interfaces.rest.sla;

/**
 * The person who receives the breach alerts of a category, besides the technician and the call
 * center.
 *
 * @param personId the person, or absent for no one
 */
public record ResponsibleDto(Long personId) {}

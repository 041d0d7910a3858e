package org.ehelp.interfaces.rest.sla;

/**
 * Who hears of SLA breaches in a category, besides the technician and the call center.
 *
 * @param personId the person, or absent for nobody
 */
public record ResponsibleDto(Long personId) {}

package org.ehelp.interfaces.rest.directory;

import java.util.List;

/**
 * A technician offered for dispatch.
 *
 * @param groups the names of the technician's support groups
 * @param openRequests how many requests assigned to the technician are not yet realized
 */
public record TechnicianDto(PersonDto technician, List<String> groups, long openRequests) {}

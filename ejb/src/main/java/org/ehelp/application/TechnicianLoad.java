package org.ehelp.application;

import java.util.List;

/**
 * A technician offered for dispatch, with the number of open requests assigned to them.
 *
 * @param groups names of the technician's support groups
 */
public record TechnicianLoad(PersonRef technician, List<String> groups, long openRequests) {}

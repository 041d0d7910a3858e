package org.ehelp.application;

import java.util.List;

/**
 * One page of a list with the total it was cut from.
 *
 * @param next the cursor of the following page, or null on the last page
 */
public record Page<T>(List<T> items, long total, String next) {}

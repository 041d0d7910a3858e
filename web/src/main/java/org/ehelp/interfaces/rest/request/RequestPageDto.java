package org.ehelp.interfaces.rest.request;

import java.util.List;

/**
 * One page of a request list.
 *
 * @param total how many requests match the filter over all pages
 * @param next the cursor of the following page, absent on the last page
 */
public record RequestPageDto(List<RequestSummaryDto> items, long total, String next) {}

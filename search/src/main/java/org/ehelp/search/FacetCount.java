package org.ehelp.search;

/** How many of the documents found have {@code value} in a facet dimension. */
public record FacetCount(String value, long count) {}

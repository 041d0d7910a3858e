package org.ehelp.search;

/** The order of search results. */
public enum SearchSort {
  /** Best match first; ties newest first. */
  RELEVANCE,
  /** Newest date first. */
  NEWEST,
  /** Oldest date first. */
  OLDEST
}

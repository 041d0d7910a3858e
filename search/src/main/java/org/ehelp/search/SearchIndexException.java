package org.ehelp.search;

/** The index could not be read or written; the message names the directory and the cause. */
public class SearchIndexException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SearchIndexException(String message, Throwable cause) {
    super(message, cause);
  }
}

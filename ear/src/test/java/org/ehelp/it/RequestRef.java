package org.ehelp.it;

/** Reads request references such as {@code EH-1042}. */
final class RequestRef {

  private RequestRef() {}

  static long id(String reference) {
    return Long.parseLong(reference.replaceFirst("(?i)^EH-", ""));
  }
}

package org.ehelp.domain.error;

/** A value supplied by the caller is missing or malformed. */
public class InvalidInputException extends EhelpException {

  public InvalidInputException(String code, String key, Object... arguments) {
    super(code, key, arguments);
  }

  @Override
  public int status() {
    return 400;
  }
}

package org.ehelp.domain.error;

/** The change would break a uniqueness rule, such as a second person with the same login. */
public class ConflictException extends EhelpException {

  public ConflictException(String code, String key, Object... arguments) {
    super(code, key, arguments);
  }

  @Override
  public int status() {
    return 409;
  }
}

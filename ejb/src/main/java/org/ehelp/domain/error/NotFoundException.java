package org.ehelp.domain.error;

/**
 * The object does not exist, or the caller may not see it: both read the same, so ids do not leak.
 */
public class NotFoundException extends EhelpException {

  public NotFoundException(String code, String key, Object... arguments) {
    super(code, key, arguments);
  }

  @Override
  public int status() {
    return 404;
  }
}

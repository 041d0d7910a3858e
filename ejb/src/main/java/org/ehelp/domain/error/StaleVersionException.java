package org.ehelp.domain.error;

/** The caller acted on a version of the object that someone else has changed since. */
public class StaleVersionException extends EhelpException {

  public StaleVersionException(String key, Object... arguments) {
    super("EH-VERSION-412", key, arguments);
  }

  @Override
  public int status() {
    return 412;
  }
}

package org.ehelp.domain.error;

/** The action is not allowed to this person, or not in the object's current state. */
public class ActionRejectedException extends EhelpException {

  private final int status;

  private ActionRejectedException(String code, int status, String key, Object... arguments) {
    super(code, key, arguments);
    this.status = status;
  }

  /** The caller's role does not allow the action. */
  public static ActionRejectedException forbidden(String key, Object... arguments) {
    return new ActionRejectedException("EH-ACTION-403", 403, key, arguments);
  }

  /** The object's state or contents do not allow the action now. */
  public static ActionRejectedException conflict(String key, Object... arguments) {
    return new ActionRejectedException("EH-ACTION-409", 409, key, arguments);
  }

  @Override
  public int status() {
    return status;
  }
}

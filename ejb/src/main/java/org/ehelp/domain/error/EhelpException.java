package org.ehelp.domain.error;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.Locale;
import org.ehelp.domain.i18n.Messages;

/**
 * A refusal the user can act on. Each subclass stands for one HTTP status and one kind of Faces
 * message. The text comes from the message bundle under {@link #key()}, in the reader's language;
 * {@link #getMessage()} gives the English text for logs.
 */
@ApplicationException(rollback = true)
public abstract class EhelpException extends RuntimeException {

  private final String code;
  private final String key;
  private final transient Object[] arguments;

  protected EhelpException(String code, String key, Object... arguments) {
    super(key);
    this.code = code;
    this.key = key;
    this.arguments = arguments.clone();
  }

  /** A stable code such as {@code EH-ACTION-409}, which clients may switch on. */
  public String code() {
    return code;
  }

  /** The message bundle key of the explanation. */
  public String key() {
    return key;
  }

  /** The HTTP status this refusal maps to. */
  public abstract int status();

  /** Returns the explanation in the given language, prefixed with the code. */
  public String message(Locale locale) {
    return code + ": " + Messages.format(locale, key, arguments);
  }

  @Override
  public String getMessage() {
    return message(Locale.ENGLISH);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + code + ", " + key + Arrays.toString(arguments) + "]";
  }
}

package org.ehelp.domain.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one message bundle of eHelp, in English and French. The portal reads it under the same base
 * name, so a text shown by a page and by the API is the same sentence.
 */
public final class Messages {

  /** Base name of the bundle on the class path. */
  public static final String BUNDLE = "org.ehelp.i18n.messages";

  private Messages() {}

  /** Returns the text for {@code key} in {@code locale}, with {@code arguments} filled in. */
  public static String format(Locale locale, String key, Object... arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
    try {
      Object[] translated = new Object[arguments.length];
      for (int i = 0; i < arguments.length; i++) {
        translated[i] =
            arguments[i] instanceof Localizable nested
                ? format(locale, nested.key())
                : arguments[i];
      }
      return new MessageFormat(bundle.getString(key), locale).format(translated);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** Returns the text for {@code key} in {@code locale}, or the key itself when it is missing. */
  public static String text(Locale locale, String key) {
    return format(locale, key);
  }

  // English is the base bundle: a French reader falls back to it, never to the JVM's locale.
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}

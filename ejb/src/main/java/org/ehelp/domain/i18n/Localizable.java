package org.ehelp.domain.i18n;

/** A message argument that is itself a bundle key, translated with the message around it. */
public record Localizable(String key) {

  public static Localizable of(String key) {
    return new Localizable(key);
  }
}

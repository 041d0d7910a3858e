package org.ehelp.it.browser;

import java.lang.reflect.InvocationTargetException;
import java.net.URL;

/** A signed-in person in the browser, from whom tests reach the page objects. */
public final class Session {

  private final Browser browser;
  private final URL base;

  Session(Browser browser, URL base) {
    this.browser = browser;
    this.base = base;
  }

  /** Signs out whoever is signed in, then signs in as a demo person (password = login). */
  public static Session signIn(Browser browser, URL base, String login) {
    new Portal(browser, base).signOutIfSignedIn();
    new LoginPage(browser, base).open().signIn(login);
    return new Session(browser, base);
  }

  /** Returns a page object of this browser; open it with its own {@code open} method. */
  public <T extends Portal> T goTo(Class<T> page) {
    try {
      return page.getConstructor(Browser.class, URL.class).newInstance(browser, base);
    } catch (NoSuchMethodException
        | InstantiationException
        | IllegalAccessException
        | InvocationTargetException e) {
      throw new IllegalStateException("Page objects take (Browser, URL): " + page.getName(), e);
    }
  }
}

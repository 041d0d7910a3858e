package org.ehelp.it.browser;

import java.net.URL;
import org.openqa.selenium.By;

/** The login page. */
public final class LoginPage extends Portal {

  public LoginPage(Browser browser, URL base) {
    super(browser, base);
  }

  /** Opens the login page. */
  public LoginPage open() {
    load("login.xhtml");
    return this;
  }

  /** Signs in as a demo person, whose password is the login, and lands on the home page. */
  public HomePage signIn(String login) {
    return signIn(login, login);
  }

  public HomePage signIn(String login, String password) {
    type(By.id("login:username"), login);
    type(By.id("login:password"), password);
    submit(By.id("login:signIn"));
    // The form posts without Ajax: wait for the signed-in page, not just the old page's state.
    find(By.id("logoutForm:logout"));
    return new HomePage(browser, base);
  }

  /** Whether the page shows that the previous session expired. */
  public boolean saysSessionExpired() {
    return !all(By.id("sessionExpired")).isEmpty();
  }
}

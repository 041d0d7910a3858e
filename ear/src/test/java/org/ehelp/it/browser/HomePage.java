package org.ehelp.it.browser;

import java.net.URL;
import org.openqa.selenium.By;

/** The home page, with a tile for each workspace of the signed-in person. */
public final class HomePage extends Portal {

  public HomePage(Browser browser, URL base) {
    super(browser, base);
  }

  public HomePage open() {
    load("index.xhtml");
    return this;
  }

  /** Whether a workspace tile is shown, by its link id such as {@code queue}. */
  public boolean hasTile(String linkId) {
    return !all(By.id(linkId)).isEmpty();
  }

  /** Whether the page shows that solutions wait for the person's decision. */
  public boolean invitesToValidate() {
    return !all(By.id("validateLink")).isEmpty();
  }
}

package org.ehelp.it.browser;

import java.net.URL;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The online user guide, reached through the help link in the header of every page. */
public final class GuidePage extends Portal {

  public GuidePage(Browser browser, URL base) {
    super(browser, base);
  }

  /** Opens a page by its path, such as {@code queue.xhtml}, then follows its help link. */
  public GuidePage helpFor(String path) {
    load(path);
    click(By.id("helpLink"));
    return this;
  }

  /**
   * Switches the language with the header menu and waits until the help link reads {@code help}, so
   * that the next page is opened in that language.
   */
  public GuidePage switchLanguage(String tag, String help) {
    language(tag);
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBe(By.id("helpLink"), help));
    return this;
  }

  /** Returns the section the address points at, from the part after {@code #}. */
  public String section() {
    String url = currentUrl();
    int hash = url.indexOf('#');
    return hash < 0 ? "" : url.substring(hash + 1);
  }

  /** Returns the heading of a section of the guide shown. */
  public String sectionHeading(String id) {
    return find(By.id(id + "Heading")).getText();
  }
}

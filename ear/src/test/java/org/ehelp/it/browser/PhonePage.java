package org.ehelp.it.browser;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The call center's phone form. */
public final class PhonePage extends Portal {

  public PhonePage(Browser browser, URL base) {
    super(browser, base);
  }

  public PhonePage open() {
    load("desk/phone.xhtml");
    return this;
  }

  /** Types part of the caller's name, e-mail or phone and picks the suggestion with this name. */
  public PhonePage caller(String typed, String displayName) {
    type(By.id("phone:caller_input"), typed);
    click(
        By.xpath(
            "//*[@id='phone:caller_panel']//tr[contains(@class, 'ui-autocomplete-item')]"
                + "[.//td[normalize-space(text())='"
                + displayName
                + "']]"));
    return this;
  }

  /** Returns the open requests of the caller shown, as text. */
  public List<String> callerRequests() {
    return all(By.cssSelector(".ehelp-caller-requests li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Files the request for the caller and lands on its page. */
  public RequestPage file(String title, String description) {
    type(By.id("phone:title"), title);
    type(By.id("phone:description"), description);
    click(By.id("phone:file"));
    return new RequestPage(browser, base);
  }
}

package org.ehelp.it.browser;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The requester's validation screen: solutions waiting for an answer. */
public final class ValidationPage extends Portal {

  public ValidationPage(Browser browser, URL base) {
    super(browser, base);
  }

  public ValidationPage open() {
    load("requests/validate.xhtml");
    return this;
  }

  /** Returns the solutions shown, as text. */
  public List<String> solutions() {
    return all(By.cssSelector(".ehelp-solution")).stream().map(WebElement::getText).toList();
  }

  /** Accepts the solution of the request with this number. */
  public ValidationPage accept(String number) {
    submit(By.xpath(section(number) + "//button[contains(@id, 'accept')]"));
    return this;
  }

  /** Refuses the solution of the request with this number, with a reason. */
  public ValidationPage refuse(String number, String reason) {
    type(By.xpath(section(number) + "//textarea"), reason);
    submit(By.xpath(section(number) + "//button[contains(@id, 'refuse')]"));
    return this;
  }

  private static String section(String number) {
    return "//section[.//h2/a[normalize-space(text())='" + number + "']]";
  }
}

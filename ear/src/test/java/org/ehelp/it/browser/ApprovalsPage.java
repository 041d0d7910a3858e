package org.ehelp.it.browser;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The responsible's approval inbox and past decisions. */
public final class ApprovalsPage extends Portal {

  public ApprovalsPage(Browser browser, URL base) {
    super(browser, base);
  }

  public ApprovalsPage open() {
    load("work/approvals.xhtml");
    return this;
  }

  /** Returns the questions waiting for a decision. */
  public List<String> questions() {
    return all(By.cssSelector(".ehelp-question")).stream().map(WebElement::getText).toList();
  }

  /** Approves the question on the request with this number, with a comment. */
  public ApprovalsPage approve(String number, String comment) {
    type(By.xpath(article(number) + "//textarea"), comment);
    submit(By.xpath(article(number) + "//button[contains(@id, 'approve')]"));
    return this;
  }

  /** Returns the rows of the past decisions table, as text. */
  public List<String> decisions() {
    return all(By.cssSelector("[id$='decisions_data'] > tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static String article(String number) {
    return "//article[.//h3/a[normalize-space(text())='" + number + "']]";
  }
}

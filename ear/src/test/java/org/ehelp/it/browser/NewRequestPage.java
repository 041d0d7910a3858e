package org.ehelp.it.browser;

import java.net.URL;
import org.openqa.selenium.By;

/** The new request form. */
public final class NewRequestPage extends Portal {

  public NewRequestPage(Browser browser, URL base) {
    super(browser, base);
  }

  public NewRequestPage open() {
    load("requests/new.xhtml");
    return this;
  }

  /** Files a request for oneself and lands on its page. */
  public RequestPage file(String title, String description, String priorityLabelStart) {
    type(By.id("newRequest:title"), title);
    type(By.id("newRequest:description"), description);
    if (priorityLabelStart != null) {
      choose("newRequest:priority", priorityLabelStart);
    }
    click(By.id("newRequest:file"));
    return new RequestPage(browser, base);
  }

  /** Types the title and description and picks a category by the start of its name. */
  public NewRequestPage describe(String title, String description, String categoryStart) {
    type(By.id("newRequest:title"), title);
    type(By.id("newRequest:description"), description);
    choose("newRequest:category", categoryStart);
    return this;
  }

  /** Returns the text of the question asked while a major event affects the category. */
  public String majorEventQuestion() {
    return all(By.cssSelector(".ehelp-event-prompt")).stream()
        .map(e -> e.getText())
        .findFirst()
        .orElse("");
  }

  /** Answers that the problem is the same as the major event of this title. */
  public NewRequestPage sameProblemAs(String eventTitle) {
    click(
        By.xpath(
            "//*[@id='newRequest:sameProblem']//label[contains(normalize-space(.), \""
                + eventTitle
                + "\")]"));
    return this;
  }

  /** Files what the form holds and lands on the request page. */
  public RequestPage submit() {
    click(By.id("newRequest:file"));
    return new RequestPage(browser, base);
  }
}

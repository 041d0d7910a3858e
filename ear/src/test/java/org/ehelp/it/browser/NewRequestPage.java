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
}

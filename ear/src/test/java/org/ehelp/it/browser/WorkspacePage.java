package org.ehelp.it.browser;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Any workspace page opened by its address: the technician's work, the dashboard, the admin pages,
 * the profile and the phone form. Pages with more to do have a page object of their own.
 */
public final class WorkspacePage extends Portal {

  public WorkspacePage(Browser browser, URL base) {
    super(browser, base);
  }

  /** Opens the page at this path, such as {@code work/technician.xhtml}. */
  public WorkspacePage open(String path) {
    load(path);
    return this;
  }

  /** Returns the request numbers linked from the page, top to bottom. */
  public List<String> requestNumbers() {
    return all(By.cssSelector("a.ehelp-request-link")).stream().map(WebElement::getText).toList();
  }

  /** Returns the number of charts drawn on the page. */
  public int charts() {
    return all(By.cssSelector(".ehelp-chart canvas")).size();
  }

  /** Whether an element with this id is on the page. */
  public boolean has(String id) {
    return !all(css(id)).isEmpty();
  }

  /** Types in a field by its Faces id. */
  public WorkspacePage typeIn(String id, String text) {
    type(css(id), text);
    return this;
  }

  /** Clicks a button or link by its Faces id. */
  public WorkspacePage press(String id) {
    click(css(id));
    return this;
  }
}

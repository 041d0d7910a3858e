package org.ehelp.it.browser;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The call center's queue: counts per state, the incoming table and the review tab. */
public final class QueuePage extends Portal {

  public QueuePage(Browser browser, URL base) {
    super(browser, base);
  }

  public QueuePage open() {
    load("queue.xhtml");
    return this;
  }

  /** Opens the queue with the first page of the given size. */
  public QueuePage open(int rows) {
    load("queue.xhtml?rows=" + rows);
    return this;
  }

  /** Returns the count shown for a state, such as {@code SUBMITTED}. */
  public long count(String state) {
    return Long.parseLong(find(By.id("count-" + state)).getText().strip());
  }

  /** Types in the title filter of the incoming table and waits for the table to follow. */
  public QueuePage filterTitle(String text) {
    type(css("queue:tabs:incoming:titleFilter"), text);
    waitForPage();
    sleepForFilterDelay();
    waitForPage();
    return this;
  }

  // The table filters 400 ms after the last key; waiting for the Ajax queue alone could return
  // before the filter request starts.
  private void sleepForFilterDelay() {
    try {
      Thread.sleep(700);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Returns the request numbers of the incoming table's page, top to bottom. */
  public List<String> incomingNumbers() {
    return numbers("queue:tabs:incoming");
  }

  /**
   * Sorts the incoming table by a column, clicking its header, and returns the numbers shown.
   *
   * @param field the column's field, such as {@code number}
   */
  public List<String> sortIncomingBy(String field) {
    click(css("queue:tabs:incoming:" + field + "Column"));
    return incomingNumbers();
  }

  /** Shows the review tab and returns its request numbers. */
  public List<String> reviewNumbers() {
    click(By.xpath("//*[@id='queue:tabs']//a[contains(@href, 'reviewTab')]"));
    return numbers("queue:tabs:review");
  }

  /** Opens a request of the queue by its number. */
  public RequestPage openRequest(String number) {
    click(By.linkText(number));
    return new RequestPage(browser, base);
  }

  private List<String> numbers(String tableId) {
    return all(By.cssSelector("#" + tableId.replace(":", "\\:") + " a.ehelp-request-link")).stream()
        .map(WebElement::getText)
        .toList();
  }
}

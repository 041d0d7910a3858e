package org.ehelp.it.browser;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The contributor's tasks. */
public final class TasksPage extends Portal {

  public TasksPage(Browser browser, URL base) {
    super(browser, base);
  }

  public TasksPage open() {
    load("work/tasks.xhtml");
    return this;
  }

  /** Returns the descriptions of the tasks shown. */
  public List<String> tasks() {
    return all(By.cssSelector(".ehelp-task .ehelp-text")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Returns the descriptions of the tasks shown for the request with this number. */
  public List<String> tasksOf(String number) {
    return all(By.xpath(article(number) + "//div[contains(@class, 'ehelp-text')]")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Starts the task of the request with this number. */
  public TasksPage start(String number) {
    submit(By.xpath(article(number) + "//button[contains(@id, 'start')]"));
    return this;
  }

  /** Completes the task of the request with this number, with a note. */
  public TasksPage complete(String number, String note) {
    type(By.xpath(article(number) + "//textarea"), note);
    submit(By.xpath(article(number) + "//button[contains(@id, 'complete')]"));
    return this;
  }

  private static String article(String number) {
    return "//article[.//h2/a[normalize-space(text())='" + number + "']]";
  }
}

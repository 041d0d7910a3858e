package org.ehelp.it.browser;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The search box in the header, the results page it opens, and the new request suggestions. */
public final class SearchPage extends Portal {

  public SearchPage(Browser browser, URL base) {
    super(browser, base);
  }

  /** Opens the home page and searches from the header's box, as a person would. */
  public SearchPage searchFromHeader(String text) {
    load("index.xhtml");
    type(By.id("headerSearchText"), text);
    find(By.id("headerSearchText")).sendKeys(Keys.ENTER);
    waitForPage();
    find(By.id("searchSummary"));
    return this;
  }

  /** Returns the type and id of each hit, such as {@code REQUEST:1042}. */
  public List<String> hits() {
    return all(By.cssSelector("#searchHits li")).stream()
        .map(li -> li.getAttribute("data-type") + ":" + li.getAttribute("data-id"))
        .toList();
  }

  /** Returns the highlighted words of the snippets. */
  public List<String> marked() {
    return all(By.cssSelector("#searchHits mark")).stream().map(WebElement::getText).toList();
  }

  /** Returns the facet dimensions shown beside the results. */
  public List<String> facets() {
    return all(By.cssSelector("#searchFacets section")).stream()
        .map(s -> s.getAttribute("data-facet"))
        .toList();
  }

  /**
   * Types a title into the new request form and returns the ids of the articles suggested once
   * {@code expectedId} is among them, or the last suggestions after 30 seconds.
   */
  public List<String> suggestionsWhileTyping(String title, String expectedId) {
    load("requests/new.xhtml");
    find(By.id("newRequest:title")).sendKeys(title);
    try {
      new WebDriverWait(driver, Duration.ofSeconds(30))
          .until(d -> suggested().contains(expectedId));
    } catch (org.openqa.selenium.TimeoutException e) {
      return suggested();
    }
    return suggested();
  }

  private List<String> suggested() {
    return all(By.cssSelector("#kbSuggestions li")).stream()
        .map(li -> li.getAttribute("data-id"))
        .toList();
  }
}

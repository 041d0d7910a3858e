package org.ehelp.it.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The deployed portal seen through one browser: navigation, waits for PrimeFaces Ajax, and the
 * messages shown at the top of every page. Page objects build on it; tests use only page objects.
 */
public class Portal {

  private static final Duration WAIT = Duration.ofSeconds(30);

  protected final Browser browser;
  protected final WebDriver driver;
  protected final URL base;

  public Portal(Browser browser, URL base) {
    this.browser = browser;
    this.driver = browser.driver();
    this.base = base;
  }

  /** Opens a page by its path under the context root, such as {@code queue.xhtml}. */
  protected void load(String path) {
    driver.get(base.toString() + path);
    waitForPage();
  }

  /** Waits until the document is loaded and no PrimeFaces Ajax request is pending. */
  protected void waitForPage() {
    new WebDriverWait(driver, WAIT)
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return document.readyState === 'complete'"
                                + " && (!window.PrimeFaces || !PrimeFaces.ajax"
                                + " || PrimeFaces.ajax.Queue.isEmpty())"
                                + " && (!window.jQuery || jQuery.active === 0);")));
  }

  protected WebElement find(By locator) {
    return new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  protected List<WebElement> all(By locator) {
    return driver.findElements(locator);
  }

  protected void click(By locator) {
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(locator)).click();
    waitForPage();
  }

  /**
   * Clicks a button that submits the whole page, and waits until the next page has loaded: the old
   * page carries a mark that the next one lacks.
   */
  protected void submit(By locator) {
    WebElement button =
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(locator));
    ((JavascriptExecutor) driver).executeScript("window.ehelpLeaving = true;");
    button.click();
    new WebDriverWait(driver, WAIT)
        .ignoring(WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return !window.ehelpLeaving && document.readyState === 'complete';")));
    waitForPage();
  }

  protected void type(By locator, String text) {
    WebElement field = find(locator);
    field.clear();
    field.sendKeys(text);
  }

  /** Picks an option of a PrimeFaces select menu by the start of its label, as a user would. */
  protected void choose(String menuId, String labelStart) {
    click(By.id(menuId));
    By item =
        By.xpath(
            "//*[@id='"
                + menuId
                + "_items']//li[starts-with(normalize-space(@data-label), \""
                + labelStart
                + "\")]");
    click(item);
  }

  /** Returns the id of a component, as Faces writes it, for a CSS selector: colons escaped. */
  protected static By css(String facesId) {
    return By.cssSelector("#" + facesId.replace(":", "\\:"));
  }

  /** Returns the text of the page's main heading. */
  public String heading() {
    return find(By.cssSelector("h1.ehelp-title")).getText();
  }

  /** Returns the texts of the global messages shown now. */
  public List<String> messages() {
    return all(
            By.cssSelector(
                "#messages .ui-messages-info-summary, #messages .ui-messages-error-summary"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Returns the visible text of the whole page. */
  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Returns the page source as served and changed by Ajax since. */
  public String source() {
    return driver.getPageSource();
  }

  /** Follows a main menu entry by its stable id, such as {@code menuQueue}. */
  public void menu(String entryId) {
    click(By.cssSelector("[data-menu='" + entryId + "']"));
  }

  /** Switches the portal's language with the header menu, such as {@code fr}. */
  public void language(String tag) {
    WebElement select = find(By.id("languageForm:language"));
    new Select(select).selectByValue(tag);
    waitForPage();
  }

  /** Signs out when someone is signed in: the header shows the sign-out button. */
  public void signOutIfSignedIn() {
    if (driver.getCurrentUrl().startsWith(base.toString())
        && !all(By.id("logoutForm:logout")).isEmpty()) {
      signOut();
    }
  }

  /** Signs out with the header button. */
  public void signOut() {
    click(By.id("logoutForm:logout"));
    find(By.id("login:username"));
  }

  /** Resizes the window, such as to a phone's 390 by 844 CSS pixels. */
  public void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    waitForPage();
  }

  /** Writes a screenshot of the page. */
  public void screenshot(String name) {
    browser.screenshot(name);
  }

  /** Returns the server timing the page ends with: milliseconds and SQL statements. */
  public double[] serverTiming() {
    WebElement timing = driver.findElement(By.id("serverTiming"));
    return new double[] {
      Double.parseDouble(timing.getDomAttribute("data-millis")),
      Double.parseDouble(timing.getDomAttribute("data-statements"))
    };
  }

  /**
   * Runs the axe-core rules of WCAG 2.1 levels A and AA on the page and returns each violation with
   * the elements it concerns; empty when the page passes.
   */
  public List<String> accessibilityViolations() {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver);
    return results.getViolations().stream()
        .map(
            rule ->
                rule.getImpact()
                    + " "
                    + rule.getId()
                    + ": "
                    + rule.getHelp()
                    + " "
                    + rule.getNodes().stream()
                        .map(n -> n.getTarget() + " (" + n.getFailureSummary() + ")")
                        .toList())
        .toList();
  }

  /** Whether the page has an element with this id. */
  public boolean hasElement(String id) {
    return !all(By.id(id)).isEmpty();
  }

  /** Whether a script set this global variable, which only injected script would do. */
  public boolean scriptRan(String globalName) {
    Object value =
        ((JavascriptExecutor) driver).executeScript("return window['" + globalName + "'];");
    return value != null;
  }

  /** Whether the page is wider than the window, so that the reader must scroll sideways. */
  public boolean scrollsSideways() {
    Object wider =
        ((JavascriptExecutor) driver)
            .executeScript(
                "return document.documentElement.scrollWidth"
                    + " > document.documentElement.clientWidth + 1;");
    return Boolean.TRUE.equals(wider);
  }

  /** Returns the elements that stick out of the window on the right, to explain side scrolling. */
  public List<String> elementsWiderThanWindow() {
    @SuppressWarnings("unchecked")
    List<String> wide =
        (List<String>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "const w = document.documentElement.clientWidth; const out = [];"
                        + " document.querySelectorAll('body *').forEach(e => {"
                        + " const r = e.getBoundingClientRect();"
                        + " if (r.right > w + 1) {"
                        + " out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + r.right); } });"
                        + " out.unshift('scrollWidth ' + document.documentElement.scrollWidth"
                        + " + ', clientWidth ' + w); return out.slice(0, 15);");
    return wide;
  }

  /** Replaces the HTTP session cookie, as if the session had timed out on the server. */
  public void replaceSessionCookie(Cookie cookie) {
    driver.manage().deleteCookieNamed(cookie.getName());
    driver.manage().addCookie(cookie);
  }

  /** Returns the session cookie as a {@code Cookie} header value, for a download outside it. */
  public String sessionCookie() {
    Cookie session = driver.manage().getCookieNamed("JSESSIONID");
    return session == null ? "" : "JSESSIONID=" + session.getValue();
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }
}

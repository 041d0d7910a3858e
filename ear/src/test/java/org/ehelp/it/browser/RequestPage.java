package org.ehelp.it.browser;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The page of one request: its state, history, attachments and the action buttons. */
public final class RequestPage extends Portal {

  public RequestPage(Browser browser, URL base) {
    super(browser, base);
  }

  /** Opens a request by id. */
  public RequestPage open(long id) {
    load("requests/view.xhtml?id=" + id);
    return this;
  }

  /** Returns the request's id, read from the address. */
  public long id() {
    String url = currentUrl();
    return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
  }

  /** Returns the state's name, such as {@code SUBMITTED}, whatever the page's language. */
  public String state() {
    return find(By.id("requestState")).getDomAttribute("data-state");
  }

  /** Returns the state as the page shows it, in its language. */
  public String stateLabel() {
    return find(By.id("requestState")).getText();
  }

  /** Returns the names of the actions the reader may take, such as {@code DISPATCH}. */
  public List<String> actions() {
    return all(By.cssSelector("#actions [data-action]")).stream()
        .map(e -> e.getDomAttribute("data-action"))
        .toList();
  }

  /** Opens the dialog of an action on the request. */
  public ActionDialog start(String action) {
    click(By.cssSelector("#actions [data-action='" + action + "']"));
    return new ActionDialog(this);
  }

  /** Opens the dialog of an action on the task given to a contributor. */
  public ActionDialog startOnTask(String action, String contributorLogin) {
    click(
        By.cssSelector(
            "#tasks [data-action='" + action + "'][data-contributor='" + contributorLogin + "']"));
    return new ActionDialog(this);
  }

  /** Takes an action that needs nothing but a confirmation. */
  public RequestPage act(String action) {
    return start(action).confirm();
  }

  /** Takes an action with its text. */
  public RequestPage act(String action, String text) {
    return start(action).text(text).confirm();
  }

  /** Returns the entries of the history, oldest first, as shown. */
  public List<String> history() {
    return all(By.cssSelector(".ehelp-timeline > li")).stream().map(WebElement::getText).toList();
  }

  /** Returns the title shown in the page heading. */
  public String title() {
    return heading();
  }

  /**
   * Attaches a file with the upload field, and waits until the page names the file: in the list
   * when it was accepted, in an error message when it was refused.
   */
  public RequestPage attach(Path file) {
    WebElement input = driver.findElement(By.cssSelector("#upload input[type='file']"));
    input.sendKeys(file.toAbsolutePath().toString());
    String name = file.getFileName().toString();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                attachments().contains(name)
                    || fieldErrors().stream().anyMatch(e -> e.contains(name)));
    waitForPage();
    return this;
  }

  /** Ticks the box that makes the next attachments internal, which only staff have. */
  public RequestPage attachInternally() {
    click(By.cssSelector("#upload\\:attachmentInternal .ui-chkbox-box"));
    return this;
  }

  /** Returns the errors shown beside form fields, such as a refused upload. */
  public List<String> fieldErrors() {
    return all(By.cssSelector(".ui-message-error, .ui-messages-error-summary")).stream()
        .map(WebElement::getText)
        .filter(t -> !t.isBlank())
        .toList();
  }

  /** Returns the file names of the attachments listed. */
  public List<String> attachments() {
    return all(By.cssSelector(".ehelp-attachments a.ehelp-download")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Returns the download address of the attachment with this file name. */
  public String downloadUrl(String fileName) {
    return all(By.cssSelector(".ehelp-attachments a.ehelp-download")).stream()
        .filter(a -> a.getText().equals(fileName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No attachment " + fileName))
        .getDomProperty("href");
  }

  /** Returns the ids of the knowledge-base articles the side panel suggests. */
  public List<String> suggestedArticles() {
    return all(By.cssSelector("#kbSuggestedList > li")).stream()
        .map(li -> li.getDomAttribute("data-id"))
        .toList();
  }

  /** Returns the ids of the articles linked as the request's solution. */
  public List<String> solutionArticles() {
    return all(By.cssSelector("#kbSolutionList > li")).stream()
        .map(li -> li.getDomAttribute("data-id"))
        .toList();
  }

  /** Links an article the side panel suggests as the request's solution. */
  public RequestPage linkSuggestedArticle(String id) {
    click(By.cssSelector("#kbSuggestedList > li[data-id='" + id + "'] button"));
    return this;
  }

  /** Adds a public comment. */
  public RequestPage comment(String body) {
    type(By.id("comment:body"), body);
    click(By.id("comment:post"));
    return this;
  }

  /** Returns the comments shown, oldest first. */
  public List<String> comments() {
    return all(By.cssSelector("#commentsHeading ~ ul > li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The dialog of one action: its fields and its confirm button. */
  public static final class ActionDialog {
    private final RequestPage page;

    ActionDialog(RequestPage page) {
      this.page = page;
      page.find(By.id("actionDialogForm:confirm"));
    }

    public ActionDialog text(String text) {
      page.type(By.id("actionDialogForm:text"), text);
      return this;
    }

    /** Picks the technician whose option starts with this name. */
    public ActionDialog technician(String name) {
      page.choose("actionDialogForm:technician", name);
      return this;
    }

    public ActionDialog responsible(String name) {
      page.choose("actionDialogForm:responsible", name);
      return this;
    }

    public ActionDialog contributor(String name) {
      page.choose("actionDialogForm:contributor", name);
      return this;
    }

    /** Returns the text typed in the dialog. */
    public String typedText() {
      return page.find(By.id("actionDialogForm:text")).getDomProperty("value");
    }

    /** Whether the dialog shows that someone else changed the request meanwhile. */
    public boolean saysStale() {
      return !page.all(css("actionDialogForm:staleNotice")).isEmpty();
    }

    /** Confirms, and returns the page as it is after the action (or after its refusal). */
    public RequestPage confirm() {
      page.click(By.id("actionDialogForm:confirm"));
      return page;
    }
  }
}

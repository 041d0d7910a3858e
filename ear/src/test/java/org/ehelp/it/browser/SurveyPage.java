package org.ehelp.it.browser;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The surveys on the home page, the survey form and the results page of a campaign. */
public final class SurveyPage extends Portal {

  public SurveyPage(Browser browser, URL base) {
    super(browser, base);
  }

  /** Opens the home page, where open surveys are listed. */
  public SurveyPage openHome() {
    load("index.xhtml");
    return this;
  }

  /** Returns the titles of the surveys the home page invites to answer. */
  public List<String> invitations() {
    return all(By.cssSelector("#openSurveys li a")).stream().map(WebElement::getText).toList();
  }

  /** Follows the home page's link to a survey. */
  public SurveyPage startSurvey(String title) {
    click(By.xpath("//*[@id='openSurveys']//a[normalize-space(.)=\"" + title + "\"]"));
    return this;
  }

  /** Opens the form of an invitation directly, as the link in the mail does. */
  public SurveyPage openInvitation(long invitationId) {
    load("surveys/answer.xhtml?invitation=" + invitationId);
    return this;
  }

  /** Picks a rating or a choice of the question at this position, from 1. */
  public SurveyPage pick(int question, String label) {
    click(
        By.xpath(
            "(//fieldset[@data-question])["
                + question
                + "]//label[normalize-space(.)=\""
                + label
                + "\"]"));
    return this;
  }

  /** Types the answer of a free-text question at this position, from 1. */
  public SurveyPage write(int question, String text) {
    WebElement field = find(By.xpath("(//fieldset[@data-question])[" + question + "]//textarea"));
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /** Sends the answers and lands on the home page. */
  public SurveyPage send() {
    submit(By.id("survey:send"));
    return this;
  }

  /** Returns why the form cannot be answered, or an empty text when it can. */
  public String refusal() {
    return all(By.id("surveyRefusal")).stream().map(WebElement::getText).findFirst().orElse("");
  }

  /** Opens the results page of a campaign. */
  public SurveyPage openResults(long campaignId) {
    load("surveys/results.xhtml?id=" + campaignId);
    return this;
  }

  /** Returns the number of responses the results page shows. */
  public String responseCount() {
    return find(By.id("responseCount")).getText();
  }

  /** Returns the text of the table of results by technician. */
  public String byTechnician() {
    return find(By.id("byTechnicianTable")).getText();
  }
}

package org.ehelp.it.browser;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each test a fresh Chromium, skips the test with a clear message on a machine without
 * Chromium, and writes a screenshot named after the test when it fails.
 */
public final class BrowserExtension
    implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

  private final int width;
  private final int height;
  private Browser browser;

  /** A browser window of this size, in CSS pixels. */
  public BrowserExtension(int width, int height) {
    this.width = width;
    this.height = height;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Assumptions.assumeTrue(Browser.available(), Browser::missingMessage);
    browser = Browser.start(width, height);
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (browser != null && context.getExecutionException().isPresent()) {
      browser.screenshot(
          "failed-"
              + context.getRequiredTestClass().getSimpleName()
              + "-"
              + context.getRequiredTestMethod().getName());
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  /** Returns the browser of the running test. */
  public Browser browser() {
    return browser;
  }
}

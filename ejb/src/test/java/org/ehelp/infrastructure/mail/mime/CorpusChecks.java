package org.ehelp.infrastructure.mail.mime;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Logger;
import org.junit.jupiter.api.function.Executable;

/**
 * The checks of one corpus message, run together so that a failure names every field that differs.
 *
 * <p>A check may be listed in {@code mail-corpus/deviations.properties} as a deliberate difference
 * from the peer, with the reason. Such a check is reported and not asserted; if it passes, the test
 * fails, so that the list never keeps a difference that is gone.
 */
final class CorpusChecks {

  private static final Logger LOG = Logger.getLogger(CorpusChecks.class.getName());
  private static final Properties DEVIATIONS = loadDeviations();

  private final String message;
  private final List<Executable> checks = new ArrayList<>();
  private int count;

  CorpusChecks(String folder, String file) {
    this.message = folder + "/" + file;
  }

  /** Checks that two values are equal. */
  void equal(String field, Object expected, Object actual) {
    check(
        field,
        Objects.equals(expected, actual),
        "expected <" + expected + "> but was <" + actual + ">");
  }

  /** Records a check with a description of what was found when it fails. */
  void check(String field, boolean passed, String whenFailed) {
    count++;
    String key = message + "." + field;
    String deviation = DEVIATIONS.getProperty(key.replace(' ', '_'));
    if (deviation != null) {
      if (passed) {
        checks.add(() -> fail(key + " is listed as a deviation but now passes; remove it"));
      } else {
        LOG.fine(() -> "Deviation " + key + ": " + deviation);
      }
      return;
    }
    if (!passed) {
      checks.add(() -> fail(key + ": " + whenFailed));
    }
  }

  int count() {
    return count;
  }

  void assertAllPassed() {
    assertAll(message, checks);
  }

  private static Properties loadDeviations() {
    Properties properties = new Properties();
    try (InputStream in =
        CorpusChecks.class.getResourceAsStream("/mail-corpus/deviations.properties")) {
      if (in != null) {
        properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}

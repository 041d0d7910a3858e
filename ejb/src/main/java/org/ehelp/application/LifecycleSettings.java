package org.ehelp.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.model.setting.AppSettingRepository;

/**
 * Settings of the request lifecycle. An administrator changes them at run time over the API; the
 * value is stored in the database, so every instance of a cluster reads the same value. Until then,
 * the MicroProfile Config property of the same name (a system property, the environment, or
 * Payara's config properties) gives the default.
 */
@ApplicationScoped
public class LifecycleSettings {

  private static final Logger LOG = Logger.getLogger(LifecycleSettings.class.getName());

  /**
   * {@code ehelp.lifecycle.auto-close-after} (ISO-8601 duration, default unset): how long an
   * accepted request waits for the call center before it closes by itself. Unset leaves closing to
   * the call center; {@code PT0S} closes it the moment the requester accepts.
   */
  public static final String AUTO_CLOSE_AFTER = "ehelp.lifecycle.auto-close-after";

  /** Stored value that switches automatic closing off, overriding the configured default. */
  private static final String OFF = "off";

  @Inject
  @ConfigProperty(name = AUTO_CLOSE_AFTER)
  Optional<String> configuredAutoCloseAfter;

  @Inject private AppSettingRepository settings;

  /** Returns the delay after which an accepted request closes by itself, if that is on. */
  public Optional<Duration> autoCloseDelay() {
    String value = settings.find(AUTO_CLOSE_AFTER).or(() -> configuredAutoCloseAfter).orElse(OFF);
    if (value.isBlank() || value.equalsIgnoreCase(OFF)) {
      return Optional.empty();
    }
    try {
      return Optional.of(parseDelay(value));
    } catch (InvalidInputException e) {
      // Only the configured default can be invalid: the API checks what it stores.
      LOG.warning(
          () ->
              AUTO_CLOSE_AFTER
                  + " is '"
                  + value
                  + "', not an ISO-8601 duration such as"
                  + " PT0S or P2D; accepted requests will not close by themselves until it is fixed");
      return Optional.empty();
    }
  }

  /**
   * Stores the delay after which accepted requests close by themselves, or switches automatic
   * closing off when {@code delay} is empty.
   */
  public void changeAutoCloseDelay(Optional<Duration> delay) {
    settings.put(AUTO_CLOSE_AFTER, delay.map(Duration::toString).orElse(OFF));
  }

  /**
   * Reads an ISO-8601 duration of zero or more, such as {@code PT0S} or {@code P2D}.
   *
   * @throws InvalidInputException when the text is not one
   */
  public static Duration parseDelay(String text) {
    try {
      Duration delay = Duration.parse(text.strip());
      if (!delay.isNegative()) {
        return delay;
      }
    } catch (DateTimeParseException e) {
      // Reported below with the same message as a negative duration.
    }
    throw new InvalidInputException(
        "EH-SETTING-400", "error.setting.duration", AUTO_CLOSE_AFTER, text);
  }
}

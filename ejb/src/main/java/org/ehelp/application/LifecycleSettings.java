package org.ehelp.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.model.setting.AppSettingRepository;

/**
 * Settings of the request lifecycle: automatic closing after acceptance, the reminder to requesters
 * who leave a validation unanswered, and automatic acceptance. An administrator changes them at run
 * time over the API; the value is stored in the database, so every instance of a cluster reads the
 * same value. Until then, the MicroProfile Config property of the same name (a system property, the
 * environment, or Payara's config properties) gives the default.
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

  /**
   * {@code ehelp.lifecycle.remind-after-days} (whole business days, default unset): how long a
   * request waits for the requester's validation before they are reminded, once.
   */
  public static final String REMIND_AFTER_DAYS = "ehelp.lifecycle.remind-after-days";

  /**
   * {@code ehelp.lifecycle.auto-accept-after-days} (whole business days, default unset): how long a
   * request waits for the requester's validation before eHelp accepts it on their behalf.
   */
  public static final String AUTO_ACCEPT_AFTER_DAYS = "ehelp.lifecycle.auto-accept-after-days";

  /** The maximum number of business days a delay may count: a year of working days. */
  public static final int MAX_DAYS = 260;

  /** Stored value that switches a setting off, overriding the configured default. */
  private static final String OFF = "off";

  @Inject
  @ConfigProperty(name = AUTO_CLOSE_AFTER)
  Optional<String> configuredAutoCloseAfter;

  @Inject
  @ConfigProperty(name = REMIND_AFTER_DAYS)
  Optional<String> configuredRemindAfterDays;

  @Inject
  @ConfigProperty(name = AUTO_ACCEPT_AFTER_DAYS)
  Optional<String> configuredAutoAcceptAfterDays;

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
   * Returns after how many business days without an answer the requester is reminded of a request
   * waiting for their validation, if reminders are on.
   */
  public OptionalInt remindAfterDays() {
    return days(REMIND_AFTER_DAYS, configuredRemindAfterDays);
  }

  /**
   * Returns after how many business days without an answer a request waiting for validation is
   * accepted by eHelp, if automatic acceptance is on.
   */
  public OptionalInt autoAcceptAfterDays() {
    return days(AUTO_ACCEPT_AFTER_DAYS, configuredAutoAcceptAfterDays);
  }

  /** Stores the reminder delay in business days, or switches reminders off when empty. */
  public void changeRemindAfterDays(OptionalInt days) {
    settings.put(REMIND_AFTER_DAYS, stored(REMIND_AFTER_DAYS, days));
  }

  /** Stores the automatic acceptance delay in business days, or switches it off when empty. */
  public void changeAutoAcceptAfterDays(OptionalInt days) {
    settings.put(AUTO_ACCEPT_AFTER_DAYS, stored(AUTO_ACCEPT_AFTER_DAYS, days));
  }

  private OptionalInt days(String key, Optional<String> configured) {
    String value = settings.find(key).or(() -> configured).orElse(OFF).strip();
    if (value.isEmpty() || value.equalsIgnoreCase(OFF)) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(checkedDays(key, Integer.parseInt(value)));
    } catch (NumberFormatException | InvalidInputException e) {
      LOG.warning(
          () ->
              key
                  + " is '"
                  + value
                  + "', not a number of business days from 1 to "
                  + MAX_DAYS
                  + "; the setting is off until it is fixed");
      return OptionalInt.empty();
    }
  }

  private static String stored(String key, OptionalInt days) {
    return days.isPresent() ? Integer.toString(checkedDays(key, days.getAsInt())) : OFF;
  }

  /**
   * Checks a number of business days for the setting {@code key}.
   *
   * @throws InvalidInputException when it is not from 1 to {@link #MAX_DAYS}
   */
  public static int checkedDays(String key, int days) {
    if (days < 1 || days > MAX_DAYS) {
      throw new InvalidInputException(
          "EH-SETTING-400", "error.setting.days", key, Integer.toString(days), MAX_DAYS);
    }
    return days;
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

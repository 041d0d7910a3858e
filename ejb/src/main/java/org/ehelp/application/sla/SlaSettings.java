package org.ehelp.application.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of the SLA check pass, read through MicroProfile Config (system properties, the
 * environment, or Payara's config properties). Calendars, policies and the states that pause the
 * clocks are data an admin edits, kept in the database.
 */
@ApplicationScoped
public class SlaSettings {

  private static final Logger LOG = Logger.getLogger(SlaSettings.class.getName());
  private static final Duration MINIMUM_INTERVAL = Duration.ofMinutes(1);

  /**
   * {@code ehelp.sla.check-interval} (ISO-8601 duration, default {@code PT1M}): how often the check
   * pass marks requests that reached a threshold. The timer ticks every minute, so a shorter value
   * counts as one minute; an invalid value is logged and the default used.
   */
  @Inject
  @ConfigProperty(name = "ehelp.sla.check-interval", defaultValue = "PT1M")
  String checkInterval;

  /**
   * {@code ehelp.sla.batch-size} (integer, default 200): rows the check pass handles per
   * transaction. A failing row rolls back only its own batch, which is retried row by row.
   */
  @Inject
  @ConfigProperty(name = "ehelp.sla.batch-size", defaultValue = "200")
  int batchSize;

  /**
   * {@code ehelp.sla.notify-outside-hours} (boolean, default false): whether alerts of a threshold
   * marked outside the calendar's opening hours may be delivered at once. When false they wait for
   * the calendar's next business moment.
   */
  @Inject
  @ConfigProperty(name = "ehelp.sla.notify-outside-hours", defaultValue = "false")
  boolean notifyOutsideHours;

  /**
   * {@code ehelp.sla.clock} ({@code system} or {@code adjustable}, default {@code system}): with
   * {@code adjustable}, an admin may run the check pass as of another instant and for chosen
   * requests only, over {@code POST /api/v1/sla/check}. For tests and demonstrations: it lets a
   * test see a deadline pass without waiting for it.
   */
  @Inject
  @ConfigProperty(name = "ehelp.sla.clock", defaultValue = "system")
  String clock;

  /** Returns the interval between two check passes, at least one minute. */
  public Duration checkInterval() {
    try {
      Duration interval = Duration.parse(checkInterval.strip());
      return interval.compareTo(MINIMUM_INTERVAL) < 0 ? MINIMUM_INTERVAL : interval;
    } catch (DateTimeParseException e) {
      LOG.warning(
          () ->
              "ehelp.sla.check-interval is "
                  + checkInterval
                  + ", not an ISO-8601 duration such as PT5M; checking every minute");
      return MINIMUM_INTERVAL;
    }
  }

  /** Returns the rows per check transaction, 1 to 10,000. */
  public int batchSize() {
    return Math.max(1, Math.min(batchSize, 10_000));
  }

  public boolean notifyOutsideHours() {
    return notifyOutsideHours;
  }

  /** Whether an admin may run the check pass as of another instant. */
  public boolean adjustableClock() {
    return "adjustable".equals(clock.strip().toLowerCase(Locale.ROOT));
  }
}

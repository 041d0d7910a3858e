package org.ehelp.domain.model.notification;

import java.time.Duration;

/**
 * How often and how long the outbox retries a message the SMTP server did not accept: the delay
 * doubles after each failed try, from {@code firstDelay} up to {@code maxDelay}.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

  /** Returns the wait after the given number of failed tries (1 for the first). */
  public Duration delayAfter(int failures) {
    Duration delay = firstDelay;
    for (int i = 1; i < failures && delay.compareTo(maxDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}

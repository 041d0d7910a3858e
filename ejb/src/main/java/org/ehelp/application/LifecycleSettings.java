package org.ehelp.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of the request lifecycle, read through MicroProfile Config (system properties, the
 * environment, or Payara's config properties set in the admin console).
 */
@ApplicationScoped
public class LifecycleSettings {

  /**
   * {@code ehelp.lifecycle.auto-close-after} (ISO-8601 duration, default unset): how long an
   * accepted request waits for the call center before it closes by itself. Unset leaves closing to
   * the call center; {@code PT0S} closes it the moment the requester accepts.
   */
  @Inject
  @ConfigProperty(name = "ehelp.lifecycle.auto-close-after")
  Optional<String> autoCloseAfter;

  /** Returns the delay after which an accepted request closes by itself, if that is on. */
  public Optional<Duration> autoCloseDelay() {
    return autoCloseAfter.filter(s -> !s.isBlank()).map(Duration::parse);
  }
}

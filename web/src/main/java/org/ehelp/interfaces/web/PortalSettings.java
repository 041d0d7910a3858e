package org.ehelp.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of the portal, read through MicroProfile Config. */
@Named
@ApplicationScoped
public class PortalSettings {

  /**
   * {@code ehelp.demo.data} (text, default unset): which demo data is loaded. When it is {@code
   * accounts} or {@code full}, the login page shows the demo accounts' hint; any other value hides
   * it.
   */
  @Inject
  @ConfigProperty(name = "ehelp.demo.data")
  Optional<String> demoData;

  /**
   * {@code ehelp.portal.server-timing} (boolean, default false): when true, every page ends with a
   * hidden element {@code serverTiming} that gives the milliseconds the server spent on it and the
   * number of SQL statements it sent, for benchmarks. Leave it off in production.
   */
  @Inject
  @ConfigProperty(name = "ehelp.portal.server-timing", defaultValue = "false")
  boolean serverTiming;

  /**
   * {@code ehelp.portal.session-warning-seconds} (integer, seconds, default 120): how long before
   * the HTTP session expires the portal offers to keep it open; 0 turns the warning off.
   */
  @Inject
  @ConfigProperty(name = "ehelp.portal.session-warning-seconds", defaultValue = "120")
  int sessionWarningSeconds;

  public boolean isServerTiming() {
    return serverTiming;
  }

  public int getSessionWarningSeconds() {
    return Math.max(0, sessionWarningSeconds);
  }

  /** Whether the demo accounts are loaded, so the login page may name them. */
  public boolean isDemo() {
    return demoData
        .map(String::strip)
        .filter(value -> value.equals("accounts") || value.equals("full"))
        .isPresent();
  }
}

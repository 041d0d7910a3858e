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

  /** Whether the demo accounts are loaded, so the login page may name them. */
  public boolean isDemo() {
    return demoData
        .map(String::strip)
        .filter(value -> value.equals("accounts") || value.equals("full"))
        .isPresent();
  }
}

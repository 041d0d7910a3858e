package org.ehelp.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/** Reads and changes the settings administrators manage at run time. Administrators only. */
@Stateless
public class SettingsService {

  private static final Logger LOG = Logger.getLogger(SettingsService.class.getName());

  @Inject private CurrentUser currentUser;

  @Inject private LifecycleSettings lifecycle;

  /** Returns the delay after which accepted requests close by themselves, if that is on. */
  public Optional<Duration> autoCloseDelay() {
    currentUser.requireAdmin();
    return lifecycle.autoCloseDelay();
  }

  /** Changes that delay; an empty one switches automatic closing off. */
  public Optional<Duration> changeAutoCloseDelay(Optional<Duration> delay) {
    currentUser.requireAdmin();
    lifecycle.changeAutoCloseDelay(delay);

    LOG.info(() -> "Automatic closing after acceptance set to " + delay.map(Duration::toString));
    return delay;
  }
}

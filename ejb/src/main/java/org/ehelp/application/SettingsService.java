package org.ehelp.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Reads and changes the settings administrators manage at run time. Administrators only. */
@Stateless
public class SettingsService {

  private static final Logger LOG = Logger.getLogger(SettingsService.class.getName());

  private static final String REMIND = LifecycleSettings.REMIND_AFTER_DAYS;
  private static final String ACCEPT = LifecycleSettings.AUTO_ACCEPT_AFTER_DAYS;

  @Inject private CurrentUser currentUser;

  @Inject private LifecycleSettings lifecycle;

  /** Returns the lifecycle settings in force. */
  public LifecycleRules lifecycle() {
    currentUser.requireAdmin();
    return current();
  }

  /**
   * Replaces the lifecycle settings; an empty value switches its setting off.
   *
   * @throws org.ehelp.domain.error.InvalidInputException when a number of days is out of range
   */
  public LifecycleRules changeLifecycle(LifecycleRules rules) {
    currentUser.requireAdmin();
    rules.remindAfterDays().ifPresent(d -> LifecycleSettings.checkedDays(REMIND, d));
    rules.autoAcceptAfterDays().ifPresent(d -> LifecycleSettings.checkedDays(ACCEPT, d));
    lifecycle.changeAutoCloseDelay(rules.autoCloseAfter());
    lifecycle.changeRemindAfterDays(rules.remindAfterDays());
    lifecycle.changeAutoAcceptAfterDays(rules.autoAcceptAfterDays());
    LOG.info(() -> "Lifecycle settings changed to " + rules);
    return current();
  }

  private LifecycleRules current() {
    return new LifecycleRules(
        lifecycle.autoCloseDelay(), lifecycle.remindAfterDays(), lifecycle.autoAcceptAfterDays());
  }
}

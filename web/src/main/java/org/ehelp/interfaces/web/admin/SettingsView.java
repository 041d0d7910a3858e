package org.ehelp.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.ehelp.application.LifecycleRules;
import org.ehelp.application.SettingsService;
import org.ehelp.application.attachments.AttachmentLimits;
import org.ehelp.application.attachments.AttachmentService;
import org.ehelp.application.attachments.FileTypes;
import org.ehelp.interfaces.web.support.Texts;

/**
 * The admin's settings page: automatic closing, the reminder to validate, automatic acceptance and
 * the attachment limits. Other features add their sections through the admin-settings slot.
 */
@Named
@ViewScoped
public class SettingsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final long MEBIBYTE = 1024L * 1024;
  private static final int DEFAULT_DAYS = 3;

  @Inject private AttachmentService attachments;

  @Inject private SettingsService settings;

  private long maxMebibytes;
  private List<String> extensions;
  private boolean autoClose;
  private long autoCloseHours;
  private boolean remind;
  private int remindDays = DEFAULT_DAYS;
  private boolean autoAccept;
  private int autoAcceptDays = DEFAULT_DAYS * 2;

  @PostConstruct
  void init() {
    show(attachments.limits());
    showLifecycle(settings.lifecycle());
  }

  /**
   * Saves automatic closing after acceptance (off, or after a whole number of hours), the reminder
   * to validate and automatic acceptance (off, or after a number of business days).
   */
  public void saveLifecycle() {
    Optional<Duration> delay =
        autoClose ? Optional.of(Duration.ofHours(Math.max(0, autoCloseHours))) : Optional.empty();
    LifecycleRules rules =
        new LifecycleRules(
            delay,
            remind ? OptionalInt.of(remindDays) : OptionalInt.empty(),
            autoAccept ? OptionalInt.of(autoAcceptDays) : OptionalInt.empty());
    showLifecycle(settings.changeLifecycle(rules));
    Texts.info("portal.admin.settings.saved");
  }

  // A delay set over the API in minutes shows rounded up to whole hours until it is saved here.
  private void showLifecycle(LifecycleRules rules) {
    Optional<Duration> delay = rules.autoCloseAfter();
    autoClose = delay.isPresent();
    autoCloseHours = delay.map(d -> (d.toMinutes() + 59) / 60).orElse(0L);
    remind = rules.remindAfterDays().isPresent();
    remindDays = rules.remindAfterDays().orElse(remindDays);
    autoAccept = rules.autoAcceptAfterDays().isPresent();
    autoAcceptDays = rules.autoAcceptAfterDays().orElse(autoAcceptDays);
  }

  /** Saves the attachment limits for everyone. */
  public void saveAttachments() {
    AttachmentLimits saved =
        attachments.changeLimits(maxMebibytes * MEBIBYTE, Set.copyOf(extensions));
    show(saved);
    Texts.info("portal.admin.settings.saved");
  }

  private void show(AttachmentLimits limits) {
    maxMebibytes = Math.max(1, limits.maxBytes() / MEBIBYTE);
    extensions = new ArrayList<>(limits.extensions());
  }

  public boolean isAutoClose() {
    return autoClose;
  }

  public void setAutoClose(boolean autoClose) {
    this.autoClose = autoClose;
  }

  public long getAutoCloseHours() {
    return autoCloseHours;
  }

  public void setAutoCloseHours(long autoCloseHours) {
    this.autoCloseHours = autoCloseHours;
  }

  public boolean isRemind() {
    return remind;
  }

  public void setRemind(boolean remind) {
    this.remind = remind;
  }

  public int getRemindDays() {
    return remindDays;
  }

  public void setRemindDays(int remindDays) {
    this.remindDays = remindDays;
  }

  public boolean isAutoAccept() {
    return autoAccept;
  }

  public void setAutoAccept(boolean autoAccept) {
    this.autoAccept = autoAccept;
  }

  public int getAutoAcceptDays() {
    return autoAcceptDays;
  }

  public void setAutoAcceptDays(int autoAcceptDays) {
    this.autoAcceptDays = autoAcceptDays;
  }

  public List<String> getKnownExtensions() {
    return List.copyOf(FileTypes.known());
  }

  public long getMaxMebibytes() {
    return maxMebibytes;
  }

  public void setMaxMebibytes(long maxMebibytes) {
    this.maxMebibytes = maxMebibytes;
  }

  public List<String> getExtensions() {
    return extensions;
  }

  public void setExtensions(List<String> extensions) {
    this.extensions = extensions == null ? new ArrayList<>() : new ArrayList<>(extensions);
  }
}

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
import java.util.Set;
import org.ehelp.application.SettingsService;
import org.ehelp.application.attachments.AttachmentLimits;
import org.ehelp.application.attachments.AttachmentService;
import org.ehelp.application.attachments.FileTypes;
import org.ehelp.interfaces.web.support.Texts;

/**
 * The admin's settings page: automatic closing after acceptance and the attachment limits. Other
 * features add their sections through the admin-settings slot.
 */
@Named
@ViewScoped
public class SettingsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final long MEBIBYTE = 1024L * 1024;

  @Inject private AttachmentService attachments;

  @Inject private SettingsService settings;

  private long maxMebibytes;
  private List<String> extensions;
  private boolean autoClose;
  private long autoCloseHours;

  @PostConstruct
  void init() {
    show(attachments.limits());
    showAutoClose(settings.autoCloseDelay());
  }

  /** Saves automatic closing after acceptance: off, or after a whole number of hours. */
  public void saveLifecycle() {
    Optional<Duration> delay =
        autoClose ? Optional.of(Duration.ofHours(Math.max(0, autoCloseHours))) : Optional.empty();
    showAutoClose(settings.changeAutoCloseDelay(delay));
    Texts.info("portal.admin.settings.saved");
  }

  // A delay set over the API in minutes shows rounded up to whole hours until it is saved here.
  private void showAutoClose(Optional<Duration> delay) {
    autoClose = delay.isPresent();
    autoCloseHours = delay.map(d -> (d.toMinutes() + 59) / 60).orElse(0L);
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

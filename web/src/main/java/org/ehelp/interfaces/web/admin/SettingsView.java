package org.ehelp.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ehelp.application.attachments.AttachmentLimits;
import org.ehelp.application.attachments.AttachmentService;
import org.ehelp.application.attachments.FileTypes;
import org.ehelp.interfaces.web.support.Texts;

/**
 * The admin's settings page with the portal's own settings, the attachment limits. Other features
 * add their sections through the admin-settings slot.
 */
@Named
@ViewScoped
public class SettingsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final long MEBIBYTE = 1024L * 1024;

  @Inject private AttachmentService attachments;

  private long maxMebibytes;
  private List<String> extensions;

  @PostConstruct
  void init() {
    show(attachments.limits());
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

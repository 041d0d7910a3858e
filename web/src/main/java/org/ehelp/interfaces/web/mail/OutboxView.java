package org.ehelp.interfaces.web.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ehelp.application.mail.MailSettings;
import org.ehelp.application.notification.OutboxService;
import org.ehelp.domain.model.notification.OutboxMail;
import org.ehelp.domain.model.notification.OutboxState;
import org.ehelp.infrastructure.mail.SmtpSender;
import org.ehelp.interfaces.web.support.Texts;

/**
 * The outbox page for admins: the newest notifications with their state, text and last error, and a
 * retry for failed ones. Without a mail session (the demo) it is where notifications are read.
 */
@Named
@RequestScoped
public class OutboxView {

  private static final int PAGE = 100;

  @Inject private OutboxService outbox;

  @Inject private SmtpSender sender;

  @Inject private MailSettings settings;

  private String state;
  private OutboxService.Page page;

  @PostConstruct
  void load() {
    String parameter =
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("state");
    state = parameter == null || parameter.isBlank() ? null : parameter;
    page = outbox.list(selectedState(), null, 0, PAGE);
  }

  /** Puts a failed notification back in line. */
  public String retry(long id) {
    outbox.retry(id);
    Texts.flashInfo("portal.mail.outbox.retried", id);
    return "/admin/mail/outbox?faces-redirect=true";
  }

  /** Returns whether the mail session exists, so that notifications are being sent. */
  public boolean isSending() {
    return sender.session().isPresent();
  }

  public String getSessionName() {
    return settings.session();
  }

  public List<OutboxMail> getItems() {
    return page.items();
  }

  public long getTotal() {
    return page.total();
  }

  public OutboxState[] getStates() {
    return OutboxState.values();
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  private OutboxState selectedState() {
    try {
      return state == null ? null : OutboxState.valueOf(state);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

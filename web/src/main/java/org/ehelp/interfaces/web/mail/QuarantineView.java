package org.ehelp.interfaces.web.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.ehelp.application.mail.IntakeResult;
import org.ehelp.application.mail.QuarantineService;
import org.ehelp.domain.i18n.Localizable;
import org.ehelp.domain.model.mail.QuarantineState;
import org.ehelp.domain.model.mail.QuarantinedMail;
import org.ehelp.interfaces.web.support.Texts;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The quarantine page for admins: download, reprocess or discard each message. */
@Named
@RequestScoped
public class QuarantineView {

  @Inject private QuarantineService quarantine;

  private List<QuarantinedMail> items;

  @PostConstruct
  void load() {
    items = quarantine.list(QuarantineState.OPEN, 0, 200).items();
  }

  /** Returns the message as received, as an .eml file. */
  public StreamedContent download(long id) {
    byte[] raw = quarantine.raw(id);
    return DefaultStreamedContent.builder()
        .name("quarantine-" + id + ".eml")
        .contentType("message/rfc822")
        .contentLength((long) raw.length)
        .stream(() -> new ByteArrayInputStream(raw))
        .build();
  }

  public String reprocess(long id) {
    IntakeResult result = quarantine.reprocess(id);
    Texts.flashInfo(
        "portal.mail.quarantine.reprocessed",
        id,
        Localizable.of("inbound." + result.outcome().name()));
    return "/admin/mail/quarantine?faces-redirect=true";
  }

  public String discard(long id) {
    quarantine.discard(id);
    Texts.flashInfo("portal.mail.quarantine.discarded", id);
    return "/admin/mail/quarantine?faces-redirect=true";
  }

  public List<QuarantinedMail> getItems() {
    return items;
  }
}

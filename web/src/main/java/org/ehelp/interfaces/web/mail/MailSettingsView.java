package org.ehelp.interfaces.web.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ehelp.application.mail.MailSettings;
import org.ehelp.application.mail.MailboxService;
import org.ehelp.domain.error.ConflictException;
import org.ehelp.domain.model.mail.MailProtocol;
import org.ehelp.domain.model.mail.MailSecurity;
import org.ehelp.domain.model.mail.Mailbox;
import org.ehelp.domain.model.mail.MailboxSettings;
import org.ehelp.infrastructure.mail.MailboxPoller;
import org.ehelp.infrastructure.mail.MailboxReader;
import org.ehelp.interfaces.web.support.Texts;

/**
 * The mail settings page for admins: the MicroProfile Config values in force, read only, and the
 * mailboxes, which admins add, change, poll and delete here.
 */
@Named
@RequestScoped
public class MailSettingsView {

  private static final String PAGE = "/admin/mail/settings?faces-redirect=true";

  @Inject private MailSettings settings;

  @Inject private MailboxService mailboxes;

  @Inject private MailboxPoller poller;

  private List<Mailbox> list;
  private Long editing;
  private String name;
  private String protocol = MailProtocol.IMAP.name();
  private String security = MailSecurity.TLS.name();
  private String host;
  private Integer port;
  private String username;
  private String password;
  private String folder = "INBOX";
  private boolean trustCertificate;
  private int pollIntervalSeconds = 60;
  private boolean enabled = true;

  @PostConstruct
  void load() {
    list = mailboxes.list();
    String id =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("mailbox");
    if (id != null && id.matches("\\d{1,18}")) {
      editing = Long.valueOf(id);
      list.stream().filter(m -> m.getId().equals(editing)).findFirst().ifPresent(this::fill);
    }
  }

  private void fill(Mailbox m) {
    name = m.getName();
    protocol = m.getProtocol().name();
    security = m.getSecurity().name();
    host = m.getHost();
    port = m.getPort();
    username = m.getUsername();
    folder = m.getFolder();
    trustCertificate = m.isTrustCertificate();
    pollIntervalSeconds = m.getPollIntervalSeconds();
    enabled = m.isEnabled();
  }

  public String save() {
    MailProtocol chosenProtocol = MailProtocol.valueOf(protocol);
    MailSecurity chosenSecurity = MailSecurity.valueOf(security);
    MailboxSettings entered =
        new MailboxSettings(
            name,
            chosenProtocol,
            chosenSecurity,
            host,
            port == null ? MailSettings.defaultPort(chosenProtocol, chosenSecurity) : port,
            username,
            password == null || password.isEmpty() ? null : password,
            folder,
            trustCertificate,
            pollIntervalSeconds,
            enabled);
    if (editing == null) {
      mailboxes.create(entered);
    } else {
      mailboxes.update(editing, entered);
    }
    Texts.flashInfo("portal.mail.settings.saved");
    return PAGE;
  }

  public String delete(long id) {
    mailboxes.delete(id);
    Texts.flashInfo("portal.mail.settings.deleted");
    return PAGE;
  }

  public String pollNow(long id) {
    Optional<MailboxReader.PollReport> report = poller.pollNow(id);
    if (report.isEmpty()) {
      throw new ConflictException("EH-MAIL-409", "portal.mail.settings.busy");
    }
    Texts.flashInfo("portal.mail.settings.polled", report.get().processed(), report.get().read());
    return PAGE;
  }

  /** Returns the settings in force, by key, as the README's configuration table names them. */
  public Map<String, String> getConfiguration() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("ehelp.mail.address", settings.address());
    values.put("ehelp.mail.session", settings.session());
    values.put("ehelp.mail.portal-url", settings.portalUrl());
    values.put("ehelp.mail.unknown-sender", settings.unknownSender().name().toLowerCase());
    values.put("ehelp.mail.guest-domains", String.join(", ", settings.guestDomains()));
    values.put("ehelp.mail.max-message-bytes", Integer.toString(settings.maxMessageBytes()));
    values.put("ehelp.mail.max-attachment-bytes", Integer.toString(settings.maxAttachmentBytes()));
    values.put("ehelp.mail.sender-limit", Integer.toString(settings.senderLimit()));
    values.put("ehelp.mail.sender-window", settings.senderWindow().toString());
    values.put("ehelp.mail.accept-automated", Boolean.toString(settings.acceptAutomated()));
    values.put("ehelp.mail.acknowledge", Boolean.toString(settings.acknowledge()));
    values.put("ehelp.mail.default-language", settings.defaultLanguage().toLanguageTag());
    values.put("ehelp.mail.poll-batch", Integer.toString(settings.pollBatch()));
    values.put("ehelp.mail.outbox.*", settings.retryPolicy().toString());
    values.put(
        "ehelp.mail.mailbox.host",
        settings.configuredMailbox().map(MailboxSettings::host).orElse(""));
    return values;
  }

  public List<Map.Entry<String, String>> getConfigurationEntries() {
    return List.copyOf(getConfiguration().entrySet());
  }

  public List<Mailbox> getMailboxes() {
    return list;
  }

  public MailProtocol[] getProtocols() {
    return MailProtocol.values();
  }

  public MailSecurity[] getSecurities() {
    return MailSecurity.values();
  }

  public Long getEditing() {
    return editing;
  }

  public void setEditing(Long editing) {
    this.editing = editing;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getProtocol() {
    return protocol;
  }

  public void setProtocol(String protocol) {
    this.protocol = protocol;
  }

  public String getSecurity() {
    return security;
  }

  public void setSecurity(String security) {
    this.security = security;
  }

  public String getHost() {
    return host;
  }

  public void setHost(String host) {
    this.host = host;
  }

  public Integer getPort() {
    return port;
  }

  public void setPort(Integer port) {
    this.port = port;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getFolder() {
    return folder;
  }

  public void setFolder(String folder) {
    this.folder = folder;
  }

  public boolean isTrustCertificate() {
    return trustCertificate;
  }

  public void setTrustCertificate(boolean trustCertificate) {
    this.trustCertificate = trustCertificate;
  }

  public int getPollIntervalSeconds() {
    return pollIntervalSeconds;
  }

  public void setPollIntervalSeconds(int pollIntervalSeconds) {
    this.pollIntervalSeconds = pollIntervalSeconds;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}

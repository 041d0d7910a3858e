package org.ehelp.domain.model.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * A mailbox that eHelp polls for new requests and replies. The password is stored as entered,
 * because the mail server needs it in clear; it is never returned by the API or shown.
 */
@Entity
@Table(name = "mailbox")
public class Mailbox {

  @Id
  @SequenceGenerator(name = "mailbox_seq", sequenceName = "mailbox_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mailbox_seq")
  private Long id;

  private String name;

  @Enumerated(EnumType.STRING)
  private MailProtocol protocol;

  @Enumerated(EnumType.STRING)
  private MailSecurity security;

  private String host;

  private int port;

  private String username;

  private String password;

  private String folder;

  @Column(name = "trust_certificate")
  private boolean trustCertificate;

  @Column(name = "poll_interval_seconds")
  private int pollIntervalSeconds;

  private boolean enabled;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "last_poll_at")
  private Instant lastPollAt;

  @Column(name = "last_error")
  private String lastError;

  @Version private long version;

  protected Mailbox() {}

  public Mailbox(String name) {
    this.name = name;
    this.folder = "INBOX";
    this.enabled = true;
    this.pollIntervalSeconds = 60;
  }

  /** Changes the connection settings; a null password keeps the one stored. */
  public void configure(MailboxSettings settings) {
    this.name = settings.name();
    this.protocol = settings.protocol();
    this.security = settings.security();
    this.host = settings.host();
    this.port = settings.port();
    this.username = settings.username();
    if (settings.password() != null) {
      this.password = settings.password();
    }
    this.folder = settings.folder();
    this.trustCertificate = settings.trustCertificate();
    this.pollIntervalSeconds = settings.pollIntervalSeconds();
    this.enabled = settings.enabled();
  }

  /**
   * Returns the identity of the mailbox that Message-IDs are unique in, such as {@code
   * imap://helpdesk@mail.example.com:993/inbox}: the same mailbox gives the same key whatever its
   * name in eHelp.
   */
  public String key() {
    return (protocol.name() + "://" + username + "@" + host + ":" + port + "/" + folder)
        .toLowerCase(Locale.ROOT);
  }

  /** Whether the poll interval has passed since the last poll. */
  public boolean isDue(Instant now) {
    return enabled
        && (lastPollAt == null
            || !lastPollAt.plus(Duration.ofSeconds(pollIntervalSeconds)).isAfter(now));
  }

  /** Takes the lease for one poll, unless another instance holds it. */
  public boolean lease(Instant now, Duration length) {
    if (leaseUntil != null && leaseUntil.isAfter(now)) {
      return false;
    }
    leaseUntil = now.plus(length);
    return true;
  }

  /** Records the end of a poll and gives the lease back. */
  public void polled(Instant at, String error) {
    lastPollAt = at;
    lastError = error;
    leaseUntil = null;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public MailProtocol getProtocol() {
    return protocol;
  }

  public MailSecurity getSecurity() {
    return security;
  }

  public String getHost() {
    return host;
  }

  public int getPort() {
    return port;
  }

  public String getUsername() {
    return username;
  }

  public String getPassword() {
    return password;
  }

  public String getFolder() {
    return folder;
  }

  public boolean isTrustCertificate() {
    return trustCertificate;
  }

  public int getPollIntervalSeconds() {
    return pollIntervalSeconds;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant getLastPollAt() {
    return lastPollAt;
  }

  public String getLastError() {
    return lastError;
  }

  public long getVersion() {
    return version;
  }
}

package org.ehelp.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ehelp.domain.model.mail.MailProtocol;
import org.ehelp.domain.model.mail.MailSecurity;
import org.ehelp.domain.model.mail.MailboxSettings;
import org.ehelp.domain.model.notification.RetryPolicy;

/**
 * Settings of mail intake and notifications, read through MicroProfile Config: system properties,
 * the environment, or the config properties of the Payara console ({@code asadmin
 * set-config-property}). Mailboxes an admin adds in the portal live in the database; the one
 * mailbox below is for installations configured without the portal.
 */
@ApplicationScoped
public class MailSettings {

  /** How unknown senders are treated. */
  public enum UnknownSenderRule {
    /** A guest requester (no password, requester role only) is created from the address. */
    GUEST,
    /** The message is refused with an answer that explains why. */
    REFUSE
  }

  /**
   * {@code ehelp.mail.address} (text, default {@code helpdesk@localhost}): eHelp's own address, the
   * From and Reply-To of every message it sends; a message from it is a loop and is ignored.
   */
  @Inject
  @ConfigProperty(name = "ehelp.mail.address", defaultValue = "helpdesk@localhost")
  String address;

  /**
   * {@code ehelp.mail.session} (JNDI name, default {@code mail/ehelp}): the Payara JavaMail session
   * notifications are sent through. When it does not exist, nothing is sent and the outbox is
   * readable in the portal.
   */
  @Inject
  @ConfigProperty(name = "ehelp.mail.session", defaultValue = "mail/ehelp")
  String session;

  /**
   * {@code ehelp.mail.portal-url} (URL, default {@code http://localhost:8080/ehelp/}): the portal
   * address used in the links of notifications.
   */
  @Inject
  @ConfigProperty(name = "ehelp.mail.portal-url", defaultValue = "http://localhost:8080/ehelp/")
  String portalUrl;

  /**
   * {@code ehelp.mail.unknown-sender} ({@code guest} or {@code refuse}, default {@code guest}):
   * what a message from an address no person has does. {@code guest} opens the request for a guest
   * requester created from the address, who cannot sign in; {@code refuse} answers with a polite
   * refusal and opens nothing.
   */
  @Inject
  @ConfigProperty(name = "ehelp.mail.unknown-sender", defaultValue = "guest")
  String unknownSender;

  /**
   * {@code ehelp.mail.guest-domains} (comma-separated domains, default empty): when set, only
   * unknown senders of these domains become guests; others are refused. Empty allows every domain.
   */
  @Inject
  @ConfigProperty(name = "ehelp.mail.guest-domains", defaultValue = " ")
  String guestDomains;

  /**
   * {@code ehelp.mail.max-message-bytes} (bytes, default 26214400 = 25 MiB): larger messages are
   * refused with a polite answer.
   */
  @Inject
  @ConfigProperty(name = "ehelp.mail.max-message-bytes", defaultValue = "26214400")
  int maxMessageBytes;

  /**
   * {@code ehelp.mail.max-attachment-bytes} (bytes, default 10485760 = 10 MiB): a message with a
   * larger file is refused with a polite answer naming the file.
   */
  @Inject
  @ConfigProperty(name = "ehelp.mail.max-attachment-bytes", defaultValue = "10485760")
  int maxAttachmentBytes;

  /**
   * {@code ehelp.mail.sender-limit} (count, default 20): messages one address may send within the
   * window below; later ones are recorded and otherwise ignored, which stops loops with robots.
   */
  @Inject
  @ConfigProperty(name = "ehelp.mail.sender-limit", defaultValue = "20")
  int senderLimit;

  /**
   * {@code ehelp.mail.sender-window} (ISO-8601 duration, default PT1H): the window of the limit.
   */
  @Inject
  @ConfigProperty(name = "ehelp.mail.sender-window", defaultValue = "PT1H")
  String senderWindow;

  /**
   * {@code ehelp.mail.accept-automated} (boolean, default false): whether messages that programs
   * send on their own ({@code Auto-Submitted: auto-generated}, {@code Precedence: bulk}, no-reply
   * senders, such as monitoring alerts) open requests. They are never answered either way;
   * auto-replies, bounces and reports never open one.
   */
  @Inject
  @ConfigProperty(name = "ehelp.mail.accept-automated", defaultValue = "false")
  boolean acceptAutomated;

  /**
   * {@code ehelp.mail.acknowledge} (boolean, default true): whether the sender of a message that
   * opened a request gets an acknowledgement with its reference.
   */
  @Inject
  @ConfigProperty(name = "ehelp.mail.acknowledge", defaultValue = "true")
  boolean acknowledge;

  /**
   * {@code ehelp.mail.default-language} (language tag, default {@code en}): the language of answers
   * to senders who are not people of eHelp.
   */
  @Inject
  @ConfigProperty(name = "ehelp.mail.default-language", defaultValue = "en")
  String defaultLanguage;

  /** {@code ehelp.mail.poll-batch} (count, default 50): messages read per mailbox and poll. */
  @Inject
  @ConfigProperty(name = "ehelp.mail.poll-batch", defaultValue = "50")
  int pollBatch;

  /**
   * {@code ehelp.mail.outbox.max-attempts} (count, default 10): tries before a notification is
   * shown to admins as failed.
   */
  @Inject
  @ConfigProperty(name = "ehelp.mail.outbox.max-attempts", defaultValue = "10")
  int maxAttempts;

  /**
   * {@code ehelp.mail.outbox.first-retry} (ISO-8601 duration, default PT30S): the wait after the
   * first failed try; it doubles after each further failure.
   */
  @Inject
  @ConfigProperty(name = "ehelp.mail.outbox.first-retry", defaultValue = "PT30S")
  String firstRetry;

  /** {@code ehelp.mail.outbox.max-retry} (ISO-8601 duration, default PT1H): the longest wait. */
  @Inject
  @ConfigProperty(name = "ehelp.mail.outbox.max-retry", defaultValue = "PT1H")
  String maxRetry;

  /**
   * {@code ehelp.mail.mailbox.host} and the other {@code ehelp.mail.mailbox.*} keys (default
   * unset): a mailbox defined by configuration, shown in the portal as "configuration". Keys:
   * {@code protocol} (imap or pop3, default imap), {@code security} (none, starttls or tls, default
   * tls), {@code port} (default 993 for IMAP over TLS, 143 for IMAP, 995 and 110 for POP3), {@code
   * username}, {@code password} (use a Payara password alias: {@code ${ALIAS=name}}), {@code
   * folder} (default INBOX), {@code interval} (seconds, default 60) and {@code trust-certificate}
   * (default false).
   */
  @Inject
  @ConfigProperty(name = "ehelp.mail.mailbox.host")
  Optional<String> mailboxHost;

  @Inject
  @ConfigProperty(name = "ehelp.mail.mailbox.protocol", defaultValue = "imap")
  String mailboxProtocol;

  @Inject
  @ConfigProperty(name = "ehelp.mail.mailbox.security", defaultValue = "tls")
  String mailboxSecurity;

  @Inject
  @ConfigProperty(name = "ehelp.mail.mailbox.port")
  Optional<Integer> mailboxPort;

  @Inject
  @ConfigProperty(name = "ehelp.mail.mailbox.username", defaultValue = " ")
  String mailboxUsername;

  @Inject
  @ConfigProperty(name = "ehelp.mail.mailbox.password")
  Optional<String> mailboxPassword;

  @Inject
  @ConfigProperty(name = "ehelp.mail.mailbox.folder", defaultValue = "INBOX")
  String mailboxFolder;

  @Inject
  @ConfigProperty(name = "ehelp.mail.mailbox.interval", defaultValue = "60")
  int mailboxInterval;

  @Inject
  @ConfigProperty(name = "ehelp.mail.mailbox.trust-certificate", defaultValue = "false")
  boolean mailboxTrustCertificate;

  /** The name the configured mailbox has in the portal. */
  public static final String CONFIGURED_MAILBOX = "configuration";

  public String address() {
    return address.strip();
  }

  /** Returns eHelp's own addresses in lower case, for loop detection. */
  public Set<String> ownAddresses() {
    Set<String> own = new HashSet<>();
    own.add(address().toLowerCase(Locale.ROOT));
    return own;
  }

  /** Returns the domain of the Message-IDs eHelp writes: the domain of its own address. */
  public String messageIdDomain() {
    String own = address();
    int at = own.lastIndexOf('@');
    return at < 0 || at == own.length() - 1 ? "ehelp.invalid" : own.substring(at + 1);
  }

  public String session() {
    return session.strip();
  }

  /** Returns the portal address, ending with a slash. */
  public String portalUrl() {
    String url = portalUrl.strip();
    return url.endsWith("/") ? url : url + "/";
  }

  public UnknownSenderRule unknownSender() {
    return unknownSender.strip().equalsIgnoreCase("refuse")
        ? UnknownSenderRule.REFUSE
        : UnknownSenderRule.GUEST;
  }

  /** Returns the domains whose unknown senders become guests; empty allows every domain. */
  public List<String> guestDomains() {
    return Arrays.stream(guestDomains.split(","))
        .map(d -> d.strip().toLowerCase(Locale.ROOT))
        .filter(d -> !d.isEmpty())
        .toList();
  }

  public int maxMessageBytes() {
    return maxMessageBytes;
  }

  public int maxAttachmentBytes() {
    return maxAttachmentBytes;
  }

  public int senderLimit() {
    return senderLimit;
  }

  public Duration senderWindow() {
    return Duration.parse(senderWindow.strip());
  }

  public boolean acceptAutomated() {
    return acceptAutomated;
  }

  public boolean acknowledge() {
    return acknowledge;
  }

  public Locale defaultLanguage() {
    return Locale.forLanguageTag(defaultLanguage.strip());
  }

  public int pollBatch() {
    return Math.max(1, pollBatch);
  }

  public RetryPolicy retryPolicy() {
    return new RetryPolicy(
        Math.max(1, maxAttempts), Duration.parse(firstRetry.strip()), Duration.parse(maxRetry));
  }

  /** Returns the mailbox defined by the {@code ehelp.mail.mailbox.*} keys, if any. */
  public Optional<MailboxSettings> configuredMailbox() {
    if (mailboxHost.isEmpty() || mailboxHost.get().isBlank()) {
      return Optional.empty();
    }
    MailProtocol protocol = MailProtocol.valueOf(mailboxProtocol.strip().toUpperCase(Locale.ROOT));
    MailSecurity security = MailSecurity.valueOf(mailboxSecurity.strip().toUpperCase(Locale.ROOT));
    return Optional.of(
        new MailboxSettings(
            CONFIGURED_MAILBOX,
            protocol,
            security,
            mailboxHost.get().strip(),
            mailboxPort.orElse(defaultPort(protocol, security)),
            mailboxUsername.strip(),
            mailboxPassword.orElse(null),
            mailboxFolder.strip(),
            mailboxTrustCertificate,
            mailboxInterval,
            true));
  }

  /** Returns the usual port of the protocol and security. */
  public static int defaultPort(MailProtocol protocol, MailSecurity security) {
    boolean tls = security == MailSecurity.TLS;
    if (protocol == MailProtocol.IMAP) {
      return tls ? 993 : 143;
    }
    return tls ? 995 : 110;
  }
}

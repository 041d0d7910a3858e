package org.ehelp.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ehelp.application.mail.IntakeResult;
import org.ehelp.application.mail.MailGateway;
import org.ehelp.application.mail.MailSettings;
import org.ehelp.domain.model.mail.MailProtocol;
import org.ehelp.domain.model.mail.MailSecurity;

/**
 * Reads one mailbox over IMAP or POP3 with Jakarta Mail: hands each message to the {@link
 * MailGateway}, oldest first, and deletes it from the server only after the gateway returned, which
 * is after the outcome was committed. A message the gateway could not even quarantine (the database
 * is down) stays on the server for the next poll.
 */
@ApplicationScoped
public class MailboxReader {

  private static final Logger LOG = Logger.getLogger(MailboxReader.class.getName());
  private static final String TIMEOUT_MILLIS = "30000";

  @Inject private MailGateway gateway;

  @Inject private MailSettings settings;

  /** What a poll did: messages read and processed, and the error that stopped it, if any. */
  public record PollReport(int read, int processed, String error) {}

  /** The connection settings of the mailbox to poll, copied out of its entity. */
  public record Connection(
      long id,
      String key,
      MailProtocol protocol,
      MailSecurity security,
      String host,
      int port,
      String username,
      String password,
      String folder,
      boolean trustCertificate) {}

  /** Polls the mailbox once. */
  public PollReport poll(Connection mailbox) {
    Session session = Session.getInstance(properties(mailbox));
    int read = 0;
    int processed = 0;
    try (Store store = session.getStore(protocolName(mailbox))) {
      store.connect(mailbox.host(), mailbox.port(), mailbox.username(), mailbox.password());
      Folder folder = store.getFolder(mailbox.folder());
      folder.open(Folder.READ_WRITE);
      try {
        int count = Math.min(folder.getMessageCount(), settings.pollBatch());
        for (int i = 1; i <= count; i++) {
          Message message = folder.getMessage(i);
          read++;
          if (deliver(mailbox, message)) {
            message.setFlag(Flags.Flag.DELETED, true);
            processed++;
          }
        }
      } finally {
        // Expunges on IMAP; on POP3 the server deletes the flagged messages at QUIT.
        folder.close(true);
      }
      return new PollReport(read, processed, null);
    } catch (MessagingException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Polling mailbox " + mailbox.id() + " (" + mailbox.key() + ") failed: " + e,
          e.getCause());
      return new PollReport(
          read, processed, e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  /** Hands one message to the gateway; returns whether it may be deleted from the server. */
  private boolean deliver(Connection mailbox, Message message) throws MessagingException {
    int size = message.getSize();
    byte[] raw;
    try {
      raw = size > settings.maxMessageBytes() ? headerBytes(message) : content(message, size);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Reading a message of mailbox " + mailbox.id() + " failed", e);
      return false;
    }
    long actualSize = Math.max(size, raw.length);
    try {
      IntakeResult result = gateway.deliver(raw, actualSize, mailbox.key());
      LOG.fine(
          () ->
              "Mailbox "
                  + mailbox.id()
                  + ": message "
                  + result.inboundId()
                  + " "
                  + result.outcome());
      return true;
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "Mailbox "
              + mailbox.id()
              + ": a message could not be processed nor quarantined; it"
              + " stays on the server",
          e);
      return false;
    }
  }

  /** Reads the message as sent, up to one byte past the size limit. */
  private byte[] content(Message message, int size) throws IOException, MessagingException {
    LimitedBuffer out = new LimitedBuffer(settings.maxMessageBytes() + 1L);
    try {
      message.writeTo(out);
    } catch (LimitReached e) {
      return headerBytes(message);
    }
    return out.toByteArray();
  }

  private static byte[] headerBytes(Message message) throws MessagingException {
    StringBuilder header = new StringBuilder();
    if (message instanceof jakarta.mail.internet.MimeMessage mime) {
      Enumeration<String> lines = mime.getAllHeaderLines();
      while (lines.hasMoreElements()) {
        header.append(lines.nextElement()).append("\r\n");
      }
    }
    return header.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  static String protocolName(Connection mailbox) {
    String name = mailbox.protocol().name().toLowerCase(Locale.ROOT);
    return mailbox.security() == MailSecurity.TLS ? name + "s" : name;
  }

  static Properties properties(Connection mailbox) {
    String protocol = protocolName(mailbox);
    String prefix = "mail." + protocol + ".";
    Properties properties = new Properties();
    properties.setProperty(prefix + "host", mailbox.host());
    properties.setProperty(prefix + "port", Integer.toString(mailbox.port()));
    properties.setProperty(prefix + "connectiontimeout", TIMEOUT_MILLIS);
    properties.setProperty(prefix + "timeout", TIMEOUT_MILLIS);
    properties.setProperty(prefix + "writetimeout", TIMEOUT_MILLIS);
    if (mailbox.security() == MailSecurity.STARTTLS) {
      properties.setProperty(prefix + "starttls.enable", "true");
      properties.setProperty(prefix + "starttls.required", "true");
    }
    if (mailbox.security() != MailSecurity.NONE) {
      properties.setProperty(prefix + "ssl.checkserveridentity", "true");
      if (mailbox.trustCertificate()) {
        // Trusts this host's certificate without checking it, for self-signed test servers.
        properties.setProperty(prefix + "ssl.trust", mailbox.host());
        properties.setProperty(prefix + "ssl.checkserveridentity", "false");
      }
    }
    return properties;
  }

  /** A byte buffer that refuses to grow past a limit. */
  private static final class LimitedBuffer extends ByteArrayOutputStream {
    private final long limit;

    LimitedBuffer(long limit) {
      this.limit = limit;
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
      if (size() + (long) length > limit) {
        throw new LimitReached();
      }
      super.write(bytes, offset, length);
    }

    @Override
    public synchronized void write(int b) {
      if (size() + 1L > limit) {
        throw new LimitReached();
      }
      super.write(b);
    }
  }

  /** Thrown by {@link LimitedBuffer} when the message is larger than eHelp accepts. */
  private static final class LimitReached extends RuntimeException {
    LimitReached() {
      super(null, null, false, false);
    }
  }
}

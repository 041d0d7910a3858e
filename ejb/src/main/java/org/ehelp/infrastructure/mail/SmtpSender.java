package org.ehelp.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.ehelp.application.mail.MailSettings;
import org.ehelp.domain.model.mail.MailClassifier;
import org.ehelp.domain.model.notification.OutboxMail;

/**
 * Sends outbox messages through the Payara JavaMail session named by {@code ehelp.mail.session},
 * which holds the SMTP server, port, user and password an operator configured.
 */
@ApplicationScoped
public class SmtpSender {

  @Inject private MailSettings settings;

  /** Returns the mail session, or empty when none is configured (the demo). */
  public Optional<Session> session() {
    try {
      Object found = new InitialContext().lookup(settings.session());
      return found instanceof Session session ? Optional.of(session) : Optional.empty();
    } catch (NamingException e) {
      return Optional.empty();
    }
  }

  /**
   * Sends one message.
   *
   * @throws MessagingException when the SMTP server is unreachable or does not accept it
   */
  public void send(Session session, OutboxMail mail) throws MessagingException {
    MimeMessage message = build(session, mail);
    String user = session.getProperty("mail.smtp.user");
    String password = session.getProperty("mail.smtp.password");
    if (user != null && password != null) {
      Transport.send(message, user, password);
    } else {
      Transport.send(message);
    }
  }

  MimeMessage build(Session session, OutboxMail mail) throws MessagingException {
    MimeMessage message = new FixedIdMessage(session, "<" + mail.getMessageId() + ">");
    try {
      message.setFrom(new InternetAddress(settings.address(), "eHelp", "UTF-8"));
      message.setRecipients(
          MimeMessage.RecipientType.TO,
          new Address[] {new InternetAddress(mail.getToAddress(), mail.getToName(), "UTF-8")});
    } catch (UnsupportedEncodingException e) {
      throw new MessagingException("UTF-8 is missing from this JVM", e);
    }
    message.setReplyTo(new Address[] {new InternetAddress(settings.address())});
    message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
    message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    if (mail.getInReplyTo() != null) {
      message.setHeader("In-Reply-To", "<" + mail.getInReplyTo() + ">");
    }
    if (mail.getReferences() != null) {
      message.setHeader("References", mail.getReferences());
    }
    message.setHeader("Auto-Submitted", mail.getAutoSubmitted());
    // Asks Exchange and Outlook not to send out-of-office answers to it.
    message.setHeader("X-Auto-Response-Suppress", "All");
    message.setHeader(MailClassifier.LOOP_HEADER, settings.address());
    message.setHeader("Content-Language", mail.getLanguage());
    return message;
  }

  /** A message whose Message-ID stays the one eHelp chose, across every try. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String messageId;

    FixedIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}

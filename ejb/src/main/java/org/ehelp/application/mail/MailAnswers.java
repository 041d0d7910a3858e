package org.ehelp.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.ehelp.application.notification.Notice;
import org.ehelp.application.notification.OutboxWriter;
import org.ehelp.application.notification.TemplateCatalog;
import org.ehelp.domain.model.mail.MailAddress;
import org.ehelp.domain.model.mail.ParsedMail;
import org.ehelp.domain.model.notification.NotificationKind;
import org.ehelp.domain.model.notification.NotificationSettingsRepository;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.request.ServiceRequest;

/**
 * The answers eHelp sends to the sender of a message: the acknowledgement of a new request and the
 * polite refusals. They go only to people's messages, never to automatic ones, and carry {@code
 * Auto-Submitted: auto-replied} so that well-behaved robots do not answer them either.
 */
@ApplicationScoped
public class MailAnswers {

  @Inject private OutboxWriter writer;

  @Inject private MailSettings settings;

  @Inject private NotificationSettingsRepository preferences;

  /** Acknowledges a request opened by a message, to its sender. */
  public void acknowledge(ParsedMail mail, long inboundId, ServiceRequest request, Person sender) {
    boolean turnedOff = preferences.turnedOff(sender.getId()).contains(NotificationKind.RECEIVED);
    if (!settings.acknowledge() || turnedOff) {
      return;
    }
    Map<String, String> values = new HashMap<>();
    values.put("title", request.getTitle());
    Notice notice =
        new Notice(
            NotificationKind.RECEIVED, "m:" + inboundId, request.getId(), values, mail.messageId());
    writer.toPerson(notice, sender);
  }

  /** Refuses a message from an unknown sender. */
  public void refuseUnknownSender(ParsedMail mail, long inboundId, MailAddress sender) {
    refuse(NotificationKind.REFUSED_UNKNOWN_SENDER, mail, inboundId, sender, Map.of());
  }

  /**
   * Refuses a message that is too large.
   *
   * @param file the file that is too large, or null when the whole message is
   */
  public void refuseTooLarge(
      ParsedMail mail, long inboundId, MailAddress sender, String file, long size, long limit) {
    Locale language = settings.defaultLanguage();
    String reason =
        file == null
            ? TemplateCatalog.fill(
                TemplateCatalog.text("tooLarge.message", language), Map.of("size", bytes(size)))
            : TemplateCatalog.fill(
                TemplateCatalog.text("tooLarge.file", language),
                Map.of("file", file, "size", bytes(size)));
    refuse(
        NotificationKind.REFUSED_TOO_LARGE,
        mail,
        inboundId,
        sender,
        Map.of("reason", reason, "limit", bytes(limit)));
  }

  private void refuse(
      NotificationKind kind,
      ParsedMail mail,
      long inboundId,
      MailAddress sender,
      Map<String, String> extra) {
    Locale language = settings.defaultLanguage();
    Map<String, String> values = new HashMap<>(extra);
    values.put(
        "title",
        mail.subject() == null || mail.subject().isBlank()
            ? TemplateCatalog.text("noSubject", language)
            : mail.subject());
    Notice notice = new Notice(kind, "m:" + inboundId, null, values, mail.messageId());
    writer.toAddress(notice, sender.normalized(), sender.name(), language);
  }

  /** Returns a size in MB with one decimal, as people read it. */
  static String bytes(long size) {
    return String.format(Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
  }
}

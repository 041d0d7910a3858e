package org.ehelp.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ehelp.application.mail.MailSettings;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.notification.Envelope;
import org.ehelp.domain.model.notification.OutboxMail;
import org.ehelp.domain.model.notification.OutboxRepository;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.request.RequestNumber;

/**
 * Renders notifications and writes them to the outbox, in the caller's transaction.
 *
 * <p>Every message about a request carries the request reference in its subject, a link to it,
 * {@code Auto-Submitted} (RFC 3834), and threading fields: all messages of a request reply to one
 * virtual root message {@code <eh.1042@domain>}, so mail programs show them as one thread and a
 * reply names the request in its In-Reply-To.
 */
@ApplicationScoped
public class OutboxWriter {

  private static final Pattern OWN_ID = Pattern.compile("^eh\\.(\\d{1,18})(\\.[^@]*)?@(.+)$");

  @Inject private OutboxRepository outbox;

  @Inject private MailSettings settings;

  @Inject private TemplateCatalog templates;

  @Inject private Event<OutboxWritten> written;

  /**
   * Writes the message for a person, in their language.
   *
   * @return false when the event already wrote to the person's address
   */
  public boolean toPerson(Notice notice, Person person) {
    return toPerson(notice, person, null);
  }

  /**
   * Writes the message for a person, in their language, to be sent at {@code notBefore} or later.
   *
   * @param notBefore the earliest sending time, or null to send at once
   * @return false when the event already wrote to the person's address
   */
  public boolean toPerson(Notice notice, Person person, Instant notBefore) {
    return write(
        notice,
        person.getEmail().value(),
        person.getDisplayName(),
        person.getId(),
        person.getLocale(),
        notBefore);
  }

  /** Writes the message for an address that is no person of eHelp, such as an unknown sender. */
  public boolean toAddress(Notice notice, String address, String name, Locale language) {
    return write(notice, address, name, null, language, null);
  }

  private boolean write(
      Notice notice,
      String address,
      String name,
      Long recipientId,
      Locale locale,
      Instant notBefore) {
    if (outbox.exists(notice.eventKey(), address)) {
      return false;
    }
    Locale language = TemplateCatalog.language(locale);
    TemplateCatalog.Template template = templates.template(notice.kind(), language);
    Map<String, String> values = new HashMap<>(notice.values());
    values.put("recipient", name == null || name.isBlank() ? address : name);
    values.put("settings", settings.portalUrl() + "mail/notifications.xhtml");
    if (notice.requestId() != null) {
      values.put("reference", new RequestNumber(notice.requestId()).toString());
      values.put("link", link(notice.requestId()));
    }

    Envelope envelope =
        new Envelope(
            address,
            name,
            language.getLanguage(),
            subject(notice, template, values),
            body(notice, template, values, language),
            newMessageId(notice.requestId()),
            inReplyTo(notice),
            references(notice),
            notice.kind().isAnswer() ? "auto-replied" : "auto-generated");
    OutboxMail mail =
        new OutboxMail(
            notice.kind(),
            notice.eventKey(),
            notice.requestId(),
            recipientId,
            envelope,
            Times.now());
    mail.deferUntil(notBefore);
    outbox.add(mail);
    written.fire(new OutboxWritten());
    return true;
  }

  private static String subject(
      Notice notice, TemplateCatalog.Template template, Map<String, String> values) {
    String subject = TemplateCatalog.fill(template.subject(), values).replaceAll("[\\r\\n]+", " ");
    String reference = values.get("reference");
    if (reference != null && !subject.contains(reference)) {
      subject = "[" + reference + "] " + subject;
    }
    return subject.strip();
  }

  private static String body(
      Notice notice,
      TemplateCatalog.Template template,
      Map<String, String> values,
      Locale language) {
    // An empty placeholder leaves blank lines behind; two in a row are enough.
    String text =
        TemplateCatalog.fill(template.body(), values).replaceAll("\n{3,}", "\n\n").strip();
    if (notice.requestId() == null) {
      return text;
    }
    String marker = TemplateCatalog.text("marker", language);
    String footer = TemplateCatalog.fill(TemplateCatalog.text("footer", language), values);
    return marker + "\n\n" + text + "\n\n-- \n" + footer;
  }

  /** Returns the portal page of a request. */
  public String link(long requestId) {
    return settings.portalUrl() + "requests/view.xhtml?id=" + requestId;
  }

  /** Returns the root message id that all messages of a request reply to, without brackets. */
  public String rootId(long requestId) {
    return "eh." + requestId + "@" + settings.messageIdDomain();
  }

  /** Returns the request an id of one of eHelp's own messages belongs to, if it is one. */
  public Optional<Long> requestOf(String messageId) {
    Matcher matcher = OWN_ID.matcher(messageId.strip().replaceAll("^<|>$", ""));
    if (!matcher.matches() || !matcher.group(3).equalsIgnoreCase(settings.messageIdDomain())) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(matcher.group(1)));
  }

  private String newMessageId(Long requestId) {
    String request = requestId == null ? "0" : requestId.toString();
    return "eh." + request + "." + UUID.randomUUID() + "@" + settings.messageIdDomain();
  }

  private String inReplyTo(Notice notice) {
    if (notice.inReplyTo() != null) {
      return notice.inReplyTo();
    }
    return notice.requestId() == null ? null : rootId(notice.requestId());
  }

  private String references(Notice notice) {
    StringBuilder references = new StringBuilder();
    if (notice.requestId() != null) {
      references.append('<').append(rootId(notice.requestId())).append('>');
    }
    if (notice.inReplyTo() != null) {
      references.append(references.length() == 0 ? "" : " ");
      references.append('<').append(notice.inReplyTo()).append('>');
    }
    return references.length() == 0 ? null : references.toString();
  }
}

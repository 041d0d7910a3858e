package org.ehelp.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.ehelp.application.attachments.AttachmentService;
import org.ehelp.application.attachments.ReceivedFile;
import org.ehelp.application.notification.TemplateCatalog;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.mail.InboundMail;
import org.ehelp.domain.model.mail.MailAddress;
import org.ehelp.domain.model.mail.MailAttachment;
import org.ehelp.domain.model.mail.ParsedMail;
import org.ehelp.domain.model.mail.ReplyText;
import org.ehelp.domain.model.mail.SubjectLine;
import org.ehelp.domain.model.person.EmailAddress;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.PersonRepository;
import org.ehelp.domain.model.request.Channel;
import org.ehelp.domain.model.request.Comment;
import org.ehelp.domain.model.request.CommentAdded;
import org.ehelp.domain.model.request.Priority;
import org.ehelp.domain.model.request.RequestChanged;
import org.ehelp.domain.model.request.RequestNumber;
import org.ehelp.domain.model.request.RequestRepository;
import org.ehelp.domain.model.request.ServiceRequest;

/**
 * Turns a received message into a request or a comment, with its files, through the same domain
 * methods and events as the portal, so that notifications, access keys and history follow.
 */
@ApplicationScoped
public class MailRequests {

  private static final Logger LOG = Logger.getLogger(MailRequests.class.getName());
  private static final int MAX_TITLE = 300;
  private static final int MAX_TEXT = 100_000;

  @Inject private RequestRepository requests;

  @Inject private PersonRepository people;

  @Inject private AttachmentService attachments;

  @Inject private Event<RequestChanged> changes;

  @Inject private Event<CommentAdded> comments;

  /**
   * Opens a request for the sender.
   *
   * @param followUpOf a finished request the message answered, named in the description, or null
   */
  public ServiceRequest open(
      ParsedMail mail, InboundMail inbound, Person sender, RequestNumber followUpOf) {
    Locale language = sender.getLocale();
    String title = SubjectLine.title(mail.subject());
    if (title.isBlank()) {
      title = TemplateCatalog.text("noSubject", language);
    }
    String text = mail.text().isBlank() ? TemplateCatalog.text("noText", language) : mail.text();
    if (followUpOf != null) {
      text =
          TemplateCatalog.text("followUp", language).replace("{reference}", followUpOf.toString())
              + "\n\n"
              + text;
    }

    Instant now = Times.now();
    ServiceRequest request =
        new ServiceRequest(
            cut(title, MAX_TITLE),
            cut(text, MAX_TEXT),
            Priority.P3,
            null,
            Channel.EMAIL,
            sender,
            sender,
            now);
    requests.add(request);
    request.refreshAccess();
    requests.flush();
    store(mail, inbound, request, null, sender);
    changes.fire(new RequestChanged(request, request.getHistory().get(0)));
    LOG.info(
        () -> "Request " + request.getNumber() + " filed by e-mail, message " + inbound.getId());
    return request;
  }

  /** Adds the new text of a reply as a comment of the sender. */
  public Comment comment(
      ParsedMail mail, InboundMail inbound, Person sender, ServiceRequest request) {
    String text = ReplyText.newText(mail.text());
    if (text.isBlank()) {
      text = TemplateCatalog.text("noText", sender.getLocale());
    }
    Instant now = Times.now();
    Comment comment = request.comment(sender, cut(text, MAX_TEXT), false, now);
    requests.flush();
    store(mail, inbound, request, comment.getId(), sender);
    comments.fire(new CommentAdded(request, comment));
    LOG.info(
        () ->
            "Request "
                + request.getNumber()
                + ": comment "
                + comment.getId()
                + " added by e-mail, message "
                + inbound.getId());
    return comment;
  }

  /**
   * Returns the person the address belongs to, or a new guest requester: active, requester role
   * only, no password, so the guest cannot sign in.
   */
  public Optional<Person> findSender(MailAddress address) {
    return parse(address).flatMap(people::findByEmail);
  }

  public Person addGuest(MailAddress address, Locale language) {
    EmailAddress email = parse(address).orElseThrow();
    String name = address.name().isBlank() ? email.value() : cut(address.name(), 200);
    Person guest = new Person(cut(email.value(), 100), email, name, Times.now());
    guest.changeProfile(name, null, language, java.time.ZoneOffset.UTC);
    people.add(guest);
    requests.flush();
    LOG.info(() -> "Guest requester " + guest.getId() + " created for an unknown sender");
    return guest;
  }

  /** Returns the address as a person's e-mail address, if it has a valid shape. */
  public static Optional<EmailAddress> parse(MailAddress address) {
    try {
      return Optional.of(new EmailAddress(address.normalized()));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private void store(
      ParsedMail mail, InboundMail inbound, ServiceRequest request, Long commentId, Person sender) {
    for (MailAttachment file : mail.attachments()) {
      attachments.storeReceived(
          request,
          new ReceivedFile(
              file.fileName(), file.mimeType(), file.content(), file.contentId(), file.inline()),
          inbound.getId(),
          commentId,
          sender);
    }
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}

package org.ehelp.application.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.ehelp.application.notification.OutboxWriter;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.mail.Classification;
import org.ehelp.domain.model.mail.InboundMail;
import org.ehelp.domain.model.mail.InboundMailRepository;
import org.ehelp.domain.model.mail.InboundOutcome;
import org.ehelp.domain.model.mail.MailAddress;
import org.ehelp.domain.model.mail.MailAttachment;
import org.ehelp.domain.model.mail.MailClassifier;
import org.ehelp.domain.model.mail.MailKind;
import org.ehelp.domain.model.mail.ParsedMail;
import org.ehelp.domain.model.mail.QuarantineState;
import org.ehelp.domain.model.mail.QuarantinedMail;
import org.ehelp.domain.model.mail.SubjectLine;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.request.AccessRule;
import org.ehelp.domain.model.request.Comment;
import org.ehelp.domain.model.request.RequestNumber;
import org.ehelp.domain.model.request.RequestRepository;
import org.ehelp.domain.model.request.ServiceRequest;
import org.ehelp.infrastructure.mail.mime.MimeMailParser;

/**
 * Turns one received message into a request, a comment, or nothing, in a transaction of its own:
 * the caller removes the message from its mailbox only after this returns, so only after the
 * commit.
 *
 * <p>The steps: a message already received in the same mailbox (same Message-ID) changes nothing; a
 * message larger than allowed is refused politely; automatic messages (auto-replies, bounces,
 * reports, loops) are recorded and otherwise ignored; a sender over the per-sender limit is
 * ignored; an unknown sender becomes a guest requester or is refused, as configured. A reply to a
 * request the sender may read (by In-Reply-To, References or the reference in the subject) becomes
 * a comment; a reference to a request the sender may not read, or to a finished one, opens a new
 * request instead. A message that cannot be processed fails the call, and the caller puts it in
 * quarantine.
 */
@Stateless
public class MailIntakeService {

  private static final Logger LOG = Logger.getLogger(MailIntakeService.class.getName());

  @Inject private MimeMailParser parser;

  @Inject private InboundMailRepository inbound;

  @Inject private RequestRepository requests;

  @Inject private MailRequests mailRequests;

  @Inject private MailAnswers answers;

  @Inject private MailSettings settings;

  @Inject private OutboxWriter outboxWriter;

  /**
   * Processes one message.
   *
   * @param mailboxKey the mailbox it came from ({@link org.ehelp.domain.model.mail.Mailbox#key()}),
   *     or {@code pipe:<name>} for the pipe endpoint
   * @throws RuntimeException when the message cannot be processed; nothing is then written
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public IntakeResult receive(byte[] raw, String mailboxKey) {
    ParsedMail mail = parser.parse(raw);
    String key = InboundMail.messageKey(mail.messageId(), raw);
    Optional<InboundMail> earlier = inbound.find(mailboxKey, key);
    if (earlier.isPresent()) {
      return duplicate(earlier.get());
    }
    InboundMail record = newRecord(mail, mailboxKey, key, raw.length);
    return process(mail, record, raw.length);
  }

  /**
   * Processes a message again, from quarantine: its record exists already and gets the new outcome,
   * and the quarantine entry is resolved in the same transaction.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public IntakeResult reprocess(byte[] raw, long quarantineId, long adminId) {
    ParsedMail mail = parser.parse(raw);
    QuarantinedMail quarantined = inbound.findQuarantined(quarantineId).orElseThrow();
    IntakeResult result = process(mail, quarantined.getInbound(), raw.length);
    quarantined.resolve(QuarantineState.REPROCESSED, adminId, Times.now());
    return result;
  }

  /**
   * Records a message too large to read whole, from its header alone, and refuses it politely.
   *
   * @param header the header section of the message
   * @param size the size of the whole message in bytes
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public IntakeResult refuseOversized(byte[] header, long size, String mailboxKey) {
    ParsedMail mail = parser.parse(header);
    String key = InboundMail.messageKey(mail.messageId(), header);
    Optional<InboundMail> earlier = inbound.find(mailboxKey, key);
    if (earlier.isPresent()) {
      return duplicate(earlier.get());
    }
    InboundMail record = newRecord(mail, mailboxKey, key, (int) Math.min(size, Integer.MAX_VALUE));
    Classification classification = classify(mail);
    if (classification.kind().mayAnswer() && mail.from().filter(MailAddress::isValid).isPresent()) {
      answers.refuseTooLarge(
          mail, record.getId(), mail.from().get(), null, size, settings.maxMessageBytes());
    }
    return settle(
        record, InboundOutcome.REFUSED_TOO_LARGE, "message of " + size + " bytes", null, null);
  }

  private IntakeResult process(ParsedMail mail, InboundMail record, int size) {
    Classification classification = classify(mail);
    if (classification.kind() == MailKind.LOOP) {
      return settle(record, InboundOutcome.IGNORED_LOOP, classification.reason(), null, null);
    }
    if (!classification.kind().entersHelpdesk(settings.acceptAutomated())) {
      return settle(
          record,
          InboundOutcome.IGNORED_AUTOMATIC,
          classification.kind() + ": " + classification.reason(),
          null,
          null);
    }
    MailAddress sender =
        mail.from()
            .filter(MailAddress::isValid)
            .orElseThrow(() -> new IllegalArgumentException("The message has no sender address"));
    boolean mayAnswer = classification.kind().mayAnswer();

    if (overLimit(sender)) {
      return settle(
          record,
          InboundOutcome.RATE_LIMITED,
          "more than " + settings.senderLimit() + " messages within " + settings.senderWindow(),
          null,
          null);
    }
    Optional<IntakeResult> tooLarge = refuseLargeFiles(mail, record, sender, size, mayAnswer);
    if (tooLarge.isPresent()) {
      return tooLarge.get();
    }
    Optional<Person> person = senderPerson(mail, record, sender, mayAnswer);
    if (person.isEmpty()) {
      return settle(record, InboundOutcome.REFUSED_UNKNOWN_SENDER, "unknown sender", null, null);
    }
    return enter(mail, record, person.get(), mayAnswer);
  }

  private IntakeResult enter(ParsedMail mail, InboundMail record, Person person, boolean answer) {
    Optional<ServiceRequest> answered = answeredRequest(mail);
    RequestNumber followUpOf = null;
    if (answered.isPresent() && AccessRule.canRead(person, answered.get())) {
      ServiceRequest request = answered.get();
      if (!request.getState().isFinal()) {
        Comment comment = mailRequests.comment(mail, record, person, request);
        inbound.rememberThread(mail.messageId(), request.getId());
        record.keepHtml(mail.html());
        return settle(
            record,
            InboundOutcome.COMMENT_ADDED,
            "reply to " + request.getNumber(),
            request.getId(),
            comment.getId());
      }
      followUpOf = request.getNumber();
    }
    ServiceRequest request = mailRequests.open(mail, record, person, followUpOf);
    inbound.rememberThread(mail.messageId(), request.getId());
    record.keepHtml(mail.html());
    if (answer) {
      answers.acknowledge(mail, record.getId(), request, person);
    }
    String detail =
        answered.isPresent() && followUpOf == null
            ? "quoted " + answered.get().getNumber() + " without the right to read it"
            : "new request";
    return settle(record, InboundOutcome.REQUEST_CREATED, detail, request.getId(), null);
  }

  /**
   * Returns the request the message answers: one of eHelp's own Message-IDs or a known one in
   * In-Reply-To and References (newest first), else the reference in the subject.
   */
  private Optional<ServiceRequest> answeredRequest(ParsedMail mail) {
    List<String> ids = new ArrayList<>(mail.inReplyTo());
    List<String> references = new ArrayList<>(mail.references());
    java.util.Collections.reverse(references);
    ids.addAll(references);
    for (String id : ids) {
      Optional<Long> own = outboxWriter.requestOf(id);
      if (own.isPresent()) {
        Optional<ServiceRequest> found = requests.findById(own.get());
        if (found.isPresent()) {
          return found;
        }
      }
    }
    Optional<Long> known = inbound.findThread(ids);
    if (known.isPresent()) {
      return requests.findById(known.get());
    }
    return SubjectLine.reference(mail.subject()).flatMap(n -> requests.findById(n.id()));
  }

  private Optional<Person> senderPerson(
      ParsedMail mail, InboundMail record, MailAddress sender, boolean mayAnswer) {
    Optional<Person> known = mailRequests.findSender(sender);
    if (known.isPresent()) {
      return known.filter(Person::isActive);
    }
    boolean guestAllowed =
        settings.unknownSender() == MailSettings.UnknownSenderRule.GUEST
            && (settings.guestDomains().isEmpty()
                || settings.guestDomains().contains(sender.domain()));
    if (guestAllowed) {
      return Optional.of(mailRequests.addGuest(sender, settings.defaultLanguage()));
    }
    if (mayAnswer) {
      answers.refuseUnknownSender(mail, record.getId(), sender);
    }
    return Optional.empty();
  }

  private Optional<IntakeResult> refuseLargeFiles(
      ParsedMail mail, InboundMail record, MailAddress sender, int size, boolean mayAnswer) {
    if (size > settings.maxMessageBytes()) {
      if (mayAnswer) {
        answers.refuseTooLarge(
            mail, record.getId(), sender, null, size, settings.maxMessageBytes());
      }
      return Optional.of(
          settle(
              record,
              InboundOutcome.REFUSED_TOO_LARGE,
              "message of " + size + " bytes",
              null,
              null));
    }
    for (MailAttachment file : mail.attachments()) {
      if (file.size() > settings.maxAttachmentBytes()) {
        if (mayAnswer) {
          answers.refuseTooLarge(
              mail,
              record.getId(),
              sender,
              file.fileName(),
              file.size(),
              settings.maxAttachmentBytes());
        }
        return Optional.of(
            settle(
                record,
                InboundOutcome.REFUSED_TOO_LARGE,
                "file of " + file.size() + " bytes",
                null,
                null));
      }
    }
    return Optional.empty();
  }

  private boolean overLimit(MailAddress sender) {
    Instant since = Times.now().minus(settings.senderWindow());
    return inbound.countFromSender(sender.normalized(), since) > settings.senderLimit();
  }

  private Classification classify(ParsedMail mail) {
    return MailClassifier.classify(mail, settings.ownAddresses());
  }

  private InboundMail newRecord(ParsedMail mail, String mailboxKey, String key, int size) {
    InboundMail record =
        new InboundMail(
            mailboxKey,
            key,
            mail.messageId(),
            mail.from().map(MailAddress::normalized).orElse(null),
            mail.subject(),
            size,
            Times.now());
    inbound.add(record);
    return record;
  }

  private static IntakeResult duplicate(InboundMail earlier) {
    return new IntakeResult(
        earlier.getId(),
        earlier.getOutcome(),
        true,
        earlier.getRequestId(),
        earlier.getCommentId(),
        null,
        "received before");
  }

  private IntakeResult settle(
      InboundMail record, InboundOutcome outcome, String detail, Long requestId, Long commentId) {
    record.settle(outcome, detail, requestId, commentId);
    LOG.info(() -> "Message " + record.getId() + ": " + outcome + " (" + detail + ")");
    return new IntakeResult(record.getId(), outcome, false, requestId, commentId, null, detail);
  }
}

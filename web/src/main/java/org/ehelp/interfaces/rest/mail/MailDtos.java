package org.ehelp.interfaces.rest.mail;

import java.time.Instant;
import java.util.List;
import org.ehelp.application.mail.IntakeResult;
import org.ehelp.domain.model.mail.InboundMail;
import org.ehelp.domain.model.mail.Mailbox;
import org.ehelp.domain.model.mail.QuarantinedMail;
import org.ehelp.domain.model.notification.OutboxMail;
import org.ehelp.domain.model.request.Attachment;
import org.ehelp.domain.model.request.RequestNumber;

/** The JSON shapes of the mail endpoints, and their mapping from the application's objects. */
public final class MailDtos {

  private MailDtos() {}

  /**
   * The outcome of intake for one message.
   *
   * @param duplicate whether the message was received before, so nothing changed
   * @param request the reference of the request opened or commented on, or null
   */
  public record IntakeResultDto(
      long messageId,
      String outcome,
      boolean duplicate,
      String request,
      Long commentId,
      Long quarantineId,
      String detail) {

    static IntakeResultDto of(IntakeResult result) {
      return new IntakeResultDto(
          result.inboundId(),
          result.outcome().name(),
          result.duplicate(),
          result.requestId() == null ? null : new RequestNumber(result.requestId()).toString(),
          result.commentId(),
          result.quarantineId(),
          result.detail());
    }
  }

  /** A quarantined message, without its bytes. */
  public record QuarantinedDto(
      long id,
      String state,
      String reason,
      Instant quarantinedAt,
      Instant resolvedAt,
      String mailbox,
      String messageIdHeader,
      String sender,
      String subject,
      int size) {

    static QuarantinedDto of(QuarantinedMail q) {
      InboundMail m = q.getInbound();
      return new QuarantinedDto(
          q.getId(),
          q.getState().name(),
          q.getReason(),
          q.getQuarantinedAt(),
          q.getResolvedAt(),
          m.getMailboxKey(),
          m.getMessageId(),
          m.getSender(),
          m.getSubject(),
          m.getSize());
    }
  }

  /** A page of a list, with the total count. */
  public record PageDto<T>(List<T> items, long total) {}

  /** A notification of the outbox. */
  public record OutboxDto(
      long id,
      String kind,
      String state,
      String request,
      String to,
      String language,
      String subject,
      String body,
      String messageIdHeader,
      int attempts,
      Instant createdAt,
      Instant nextAttemptAt,
      Instant sentAt,
      String lastError) {

    static OutboxDto of(OutboxMail o) {
      return new OutboxDto(
          o.getId(),
          o.getKind().name(),
          o.getState().name(),
          o.getRequestId() == null ? null : new RequestNumber(o.getRequestId()).toString(),
          o.getToAddress(),
          o.getLanguage(),
          o.getSubject(),
          o.getBody(),
          o.getMessageId(),
          o.getAttempts(),
          o.getCreatedAt(),
          o.getNextAttemptAt(),
          o.getSentAt(),
          o.getLastError());
    }
  }

  /**
   * A mailbox; the password is never returned.
   *
   * @param protocol IMAP or POP3
   * @param security NONE, STARTTLS or TLS
   */
  public record MailboxDto(
      long id,
      String name,
      String protocol,
      String security,
      String host,
      int port,
      String username,
      boolean passwordSet,
      String folder,
      boolean trustCertificate,
      int pollIntervalSeconds,
      boolean enabled,
      Instant lastPollAt,
      String lastError) {

    static MailboxDto of(Mailbox m) {
      return new MailboxDto(
          m.getId(),
          m.getName(),
          m.getProtocol().name(),
          m.getSecurity().name(),
          m.getHost(),
          m.getPort(),
          m.getUsername(),
          m.getPassword() != null,
          m.getFolder(),
          m.isTrustCertificate(),
          m.getPollIntervalSeconds(),
          m.isEnabled(),
          m.getLastPollAt(),
          m.getLastError());
    }
  }

  /**
   * A mailbox as an admin sends it.
   *
   * @param password the password, or null to keep the stored one
   * @param port the port, or null for the protocol's usual one
   * @param folder the folder, or null for INBOX
   * @param pollIntervalSeconds seconds between polls, or null for 60
   */
  public record MailboxInputDto(
      String name,
      String protocol,
      String security,
      String host,
      Integer port,
      String username,
      String password,
      String folder,
      Boolean trustCertificate,
      Integer pollIntervalSeconds,
      Boolean enabled) {}

  /** The result of one poll: messages read, processed, and the error that stopped it. */
  public record PollDto(int read, int processed, String error) {}

  /** A file of a request. */
  public record FileDto(
      long id,
      String fileName,
      String contentType,
      long size,
      String sha256,
      String contentId,
      boolean inline,
      Long commentId,
      Instant createdAt) {

    static FileDto of(Attachment a) {
      return new FileDto(
          a.getId(),
          a.getFileName(),
          a.getMediaType(),
          a.getSizeBytes(),
          a.getSha256(),
          a.getContentId(),
          a.isInline(),
          a.getCommentId(),
          a.getUploadedAt());
    }
  }

  /**
   * A message received for a request.
   *
   * @param html the sanitized HTML body, or null when the sender wrote plain text
   */
  public record ReceivedMessageDto(
      long id,
      String messageIdHeader,
      String sender,
      String subject,
      Instant receivedAt,
      String outcome,
      Long commentId,
      String html) {

    static ReceivedMessageDto of(InboundMail m) {
      return new ReceivedMessageDto(
          m.getId(),
          m.getMessageId(),
          m.getSender(),
          m.getSubject(),
          m.getReceivedAt(),
          m.getOutcome().name(),
          m.getCommentId(),
          m.getBodyHtml());
    }
  }

  /** One notification choice of the caller. */
  public record PreferenceDto(String kind, boolean enabled, boolean canTurnOff) {}
}

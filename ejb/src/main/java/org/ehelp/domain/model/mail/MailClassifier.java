package org.ehelp.domain.model.mail;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells messages written by people from automatic ones, so that auto-replies, bounces and reports
 * never open a request and nothing is ever sent back to a robot.
 *
 * <p>Signals, strongest first: the MIME structure of reports ({@code multipart/report} with a
 * delivery-status, feedback-report or disposition-notification part, RFC 3462, 3464, 5965, 8098);
 * eHelp's own loop header; the RFC 3834 {@code Auto-Submitted} field; the vendor fields of
 * Exchange, Apple and other autoresponders; {@code Precedence}; the sender addresses and subjects
 * that mail servers use for bounces; and the subject prefixes of out-of-office answers.
 */
public final class MailClassifier {

  /** The header eHelp puts on every message it sends, so that one coming back is recognised. */
  public static final String LOOP_HEADER = "X-Ehelp-Loop";

  private static final Set<String> BOUNCE_SENDERS =
      Set.of(
          "mailer-daemon",
          "postmaster",
          "post_master",
          "mail-daemon",
          "maildaemon",
          "mailerdaemon",
          "mail.daemon",
          "mailer_daemon",
          "bounce",
          "bounces",
          "mdaemon",
          "smtp-gateway");

  /** Local parts of addresses that no person reads: mail from them is automated. */
  private static final Pattern ROBOT_SENDER =
      Pattern.compile(
          "(?i)(no[-_.]?reply|do[-_.]?not[-_.]?reply|noreply|notifications?|mailer|daemon"
              + "|postmaster|post_master|bounces?)([-+._].*)?");

  private static final Pattern COMPLAINT_SUBJECT =
      Pattern.compile("(?i)^\\s*complaint about message from");

  private static final Pattern BOUNCE_SUBJECT =
      Pattern.compile(
          "(?i)(undeliver|undelivered mail|delivery status notification|delivery (has )?failed"
              + "|delivery failure|failure notice|returned mail|mail delivery (failed|system)"
              + "|non[- ]?deliver|could not be delivered|not delivered|message delivery"
              + "|delivery notification|mail system error|unzustellbar|non remis|non distribu"
              + "|warning: could not send|rejected:|mail could not|delivery problem"
              + "|returned to sender|permanent error|nicht zugestellt"
              + "|メールエラー|配信エラー|送信エラー|エラー通知|配信できませんでした)");

  private static final Pattern AUTO_REPLY_SUBJECT =
      Pattern.compile(
          "(?i)^\\s*(auto(matic|matische)?[ _-]?(reply|response|antwort|answer)"
              + "|out of (the )?office|abwesenheitsnotiz|abwesend|r[ée]ponse automatique"
              + "|absence du bureau|autosvar|automatisch antwoord|respuesta autom[aá]tica"
              + "|risposta automatica|fuera de la oficina|vacation reply|on vacation"
              + "|automatyczna odpowied[zź])\\b");

  private static final List<String> AUTO_REPLY_FIELDS =
      List.of(
          "X-Autoreply",
          "X-Autorespond",
          "X-Autoresponder",
          "X-AutoReply-From",
          "X-Mail-Autoreply",
          "X-Auto-Reply",
          "X-Vacation",
          "X-MS-Exchange-Inbox-Rules-Loop",
          "X-Apple-Action");

  private MailClassifier() {}

  /**
   * Classifies a message.
   *
   * @param ownAddresses eHelp's own addresses, in lower case; a message from one of them is a loop
   */
  public static Classification classify(ParsedMail mail, Set<String> ownAddresses) {
    return report(mail)
        .or(() -> loop(mail, ownAddresses))
        .or(() -> autoSubmitted(mail))
        .or(() -> vendorAutoReply(mail))
        .or(() -> bounceHeuristics(mail))
        .or(() -> precedence(mail))
        .or(() -> autoReplySubject(mail))
        .orElse(Classification.personal());
  }

  private static Optional<Classification> report(ParsedMail mail) {
    String reportType = mail.reportType() == null ? "" : mail.reportType();
    List<String> leaves = mail.leafTypes();
    if (reportType.equals("delivery-status")
        || reportType.equals("global-delivery-status")
        || leaves.contains("message/delivery-status")
        || leaves.contains("message/global-delivery-status")) {
      return found(MailKind.BOUNCE, "delivery status report");
    }
    if (reportType.equals("feedback-report") || leaves.contains("message/feedback-report")) {
      return found(MailKind.FEEDBACK_REPORT, "feedback report");
    }
    if (reportType.equals("disposition-notification")
        || leaves.contains("message/disposition-notification")) {
      return found(MailKind.READ_RECEIPT, "disposition notification");
    }
    if (mail.headers().has("X-Failed-Recipients")) {
      return found(MailKind.BOUNCE, "X-Failed-Recipients");
    }
    return complaint(mail);
  }

  /**
   * Recognises the feedback that mailbox providers send without the ARF structure: Microsoft's JMRP
   * complaints (the enclosed message carries {@code X-HmXmrOriginalRecipient}) and Apple's
   * one-click unsubscribe answers.
   */
  private static Optional<Classification> complaint(ParsedMail mail) {
    boolean jmrp =
        mail.enclosed().stream().anyMatch(m -> m.headers().has("X-HmXmrOriginalRecipient"));
    String subject = mail.subject() == null ? "" : mail.subject();
    if (jmrp || (COMPLAINT_SUBJECT.matcher(subject).find() && !mail.enclosed().isEmpty())) {
      return found(MailKind.FEEDBACK_REPORT, "provider complaint");
    }
    if (mail.headers()
        .first("X-Apple-Unsubscribe")
        .filter(v -> v.equalsIgnoreCase("true"))
        .isPresent()) {
      return found(MailKind.FEEDBACK_REPORT, "X-Apple-Unsubscribe");
    }
    return Optional.empty();
  }

  private static Optional<Classification> loop(ParsedMail mail, Set<String> ownAddresses) {
    if (mail.headers().has(LOOP_HEADER)) {
      return found(MailKind.LOOP, LOOP_HEADER);
    }
    Optional<String> from = mail.from().map(MailAddress::normalized);
    if (from.isPresent() && ownAddresses.contains(from.get())) {
      return found(MailKind.LOOP, "sent from eHelp's own address");
    }
    return Optional.empty();
  }

  private static Optional<Classification> autoSubmitted(ParsedMail mail) {
    Optional<String> value = mail.headers().first("Auto-Submitted").map(MailClassifier::token);
    if (value.isEmpty() || value.get().isEmpty() || value.get().equals("no")) {
      return Optional.empty();
    }
    if (value.get().equals("auto-replied")) {
      return found(MailKind.AUTO_REPLY, "Auto-Submitted: auto-replied");
    }
    if (isBounceSender(mail)) {
      return found(MailKind.BOUNCE, "Auto-Submitted from a mail server's address");
    }
    return found(MailKind.AUTOMATED, "Auto-Submitted: " + value.get());
  }

  private static Optional<Classification> vendorAutoReply(ParsedMail mail) {
    for (String field : AUTO_REPLY_FIELDS) {
      Optional<String> value = mail.headers().first(field);
      if (value.isPresent() && !value.get().equalsIgnoreCase("no")) {
        return found(MailKind.AUTO_REPLY, field);
      }
    }
    if (mail.headers().first("X-POST-MessageClass").filter(v -> v.startsWith("9")).isPresent()) {
      return found(MailKind.AUTO_REPLY, "X-POST-MessageClass: 9");
    }
    Optional<String> precedence =
        mail.headers().first("Precedence").or(() -> mail.headers().first("X-Precedence"));
    if (precedence.map(MailClassifier::token).filter(v -> v.equals("auto_reply")).isPresent()) {
      return found(MailKind.AUTO_REPLY, "Precedence: auto_reply");
    }
    if (mail.headers()
        .first("Delivered-To")
        .filter(v -> v.equalsIgnoreCase("Autoresponder"))
        .isPresent()) {
      return found(MailKind.AUTO_REPLY, "Delivered-To: Autoresponder");
    }
    return Optional.empty();
  }

  private static Optional<Classification> bounceHeuristics(ParsedMail mail) {
    String subject = mail.subject() == null ? "" : mail.subject();
    if (isBounceSender(mail)) {
      return found(MailKind.BOUNCE, "sent from a mail server's address");
    }
    boolean nullSender = "".equals(mail.returnPath());
    if ((nullSender || mail.from().isEmpty()) && BOUNCE_SUBJECT.matcher(subject).find()) {
      return found(MailKind.BOUNCE, "null sender with a bounce subject");
    }
    if (BOUNCE_SUBJECT.matcher(subject).find() && hasEnclosedOriginal(mail) && isRobot(mail)) {
      return found(MailKind.BOUNCE, "bounce subject with the original message enclosed");
    }
    return Optional.empty();
  }

  private static boolean isRobot(ParsedMail mail) {
    return mail.from()
        .map(MailAddress::localPart)
        .filter(l -> ROBOT_SENDER.matcher(l).matches())
        .isPresent();
  }

  private static Optional<Classification> precedence(ParsedMail mail) {
    Optional<String> value =
        mail.headers()
            .first("Precedence")
            .or(() -> mail.headers().first("X-Precedence"))
            .map(MailClassifier::token);
    if (value.filter(v -> v.equals("bulk") || v.equals("junk") || v.equals("list")).isPresent()) {
      return found(MailKind.AUTOMATED, "Precedence: " + value.get());
    }
    if (mail.headers().has("List-Id") || mail.headers().has("List-Unsubscribe")) {
      return found(MailKind.AUTOMATED, "mailing list fields");
    }
    if (isRobot(mail)) {
      return found(MailKind.AUTOMATED, "sent from an address nobody reads");
    }
    return Optional.empty();
  }

  private static Optional<Classification> autoReplySubject(ParsedMail mail) {
    String subject = mail.subject() == null ? "" : mail.subject();
    if (AUTO_REPLY_SUBJECT.matcher(subject).find()) {
      return found(MailKind.AUTO_REPLY, "out-of-office subject");
    }
    return Optional.empty();
  }

  private static boolean isBounceSender(ParsedMail mail) {
    return mail.from().map(MailAddress::localPart).filter(BOUNCE_SENDERS::contains).isPresent()
        || mail.from()
            .map(MailAddress::name)
            .map(n -> n.toLowerCase(Locale.ROOT))
            .filter(n -> n.contains("mailer-daemon") || n.contains("mail delivery"))
            .isPresent();
  }

  private static boolean hasEnclosedOriginal(ParsedMail mail) {
    return !mail.enclosed().isEmpty() || mail.leafTypes().contains("text/rfc822-headers");
  }

  /** Returns the first word of a field value, in lower case, without comments or parameters. */
  private static String token(String value) {
    String word = value.strip().toLowerCase(Locale.ROOT);
    int end = 0;
    while (end < word.length() && " ;(\t".indexOf(word.charAt(end)) < 0) {
      end++;
    }
    return word.substring(0, end);
  }

  private static Optional<Classification> found(MailKind kind, String reason) {
    return Optional.of(new Classification(kind, reason));
  }
}

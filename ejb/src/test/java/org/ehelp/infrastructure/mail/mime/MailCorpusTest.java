package org.ehelp.infrastructure.mail.mime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.ehelp.domain.model.mail.Classification;
import org.ehelp.domain.model.mail.MailAddress;
import org.ehelp.domain.model.mail.MailAttachment;
import org.ehelp.domain.model.mail.MailClassifier;
import org.ehelp.domain.model.mail.MailKind;
import org.ehelp.domain.model.mail.MimeLeaf;
import org.ehelp.domain.model.mail.ParsedMail;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every message of the real-mail corpus through the parser and the intake classification and
 * compares the result with the folder's expected.json, which records what the peer project's own
 * tests assert (subject, sender, body fragments, attachments, bounce or not).
 */
class MailCorpusTest {

  private static final Set<String> OWN_ADDRESSES = Set.of("helpdesk@ehelp.test");

  private final MimeMailParser parser = new MimeMailParser();

  @TestFactory
  Stream<DynamicTest> djangoHelpdesk() {
    return corpus("django-helpdesk-emails", new DjangoChecks());
  }

  @TestFactory
  Stream<DynamicTest> mime4j() {
    return corpus("mime4j-testmsgs", new Mime4jChecks());
  }

  @TestFactory
  Stream<DynamicTest> requestTracker() {
    return corpus("rt-emails", new RtChecks());
  }

  @TestFactory
  Stream<DynamicTest> sisimai() {
    return corpus("sisimai-bounces", new SisimaiChecks());
  }

  @TestFactory
  Stream<DynamicTest> zammad() {
    return corpus("zammad-mail", new ZammadChecks());
  }

  @TestFactory
  Stream<DynamicTest> zbateson() {
    return corpus("zbateson-mime-samples", new ZbatesonChecks());
  }

  /** The comparisons of one folder, following the fields of its expected.json. */
  interface Checker {
    void check(JsonObject expected, ParsedMail mail, CorpusChecks checks);
  }

  private Stream<DynamicTest> corpus(String name, Checker checker) {
    Optional<CorpusFolder> folder = CorpusFolder.locate(name);
    if (folder.isEmpty()) {
      return Stream.of(
          DynamicTest.dynamicTest(
              name + " absent",
              () ->
                  Assumptions.abort(
                      name
                          + " is not copied into the project (its licence does not allow it) and"
                          + " is absent from "
                          + CorpusFolder.SHARED
                          + "; set -Dehelp.corpus.dir to the shared corpus to run it")));
    }
    return folder.get().expected().stream()
        .map(
            entry ->
                DynamicTest.dynamicTest(
                    entry.getString("file"), () -> checkOne(folder.get(), entry, checker)));
  }

  private void checkOne(CorpusFolder folder, JsonObject entry, Checker checker) throws Exception {
    String file = entry.getString("file");
    Optional<byte[]> raw = folder.read(file);
    Assumptions.assumeTrue(raw.isPresent(), () -> folder.name() + "/" + file + " is absent");

    ParsedMail mail = parser.parse(raw.get());
    CorpusChecks checks = new CorpusChecks(folder.name(), file);
    checker.check(entry, mail, checks);

    checks.assertAllPassed();
    assertTrue(checks.count() > 0 || entry.containsKey("note"), "no check ran for " + file);
  }

  static Classification classify(ParsedMail mail) {
    return MailClassifier.classify(mail, OWN_ADDRESSES);
  }

  /** Collapses whitespace runs to one space and strips the ends. */
  static String squash(String text) {
    return text == null ? "" : text.replaceAll("[\\s\\u00a0]+", " ").strip();
  }

  /**
   * Whether the body text contains the fragment, compared without any whitespace: peers render line
   * breaks and inline HTML elements with different spacing.
   */
  static boolean bodyContains(ParsedMail mail, String fragment) {
    return noSpace(mail.text()).contains(noSpace(fragment));
  }

  static byte[] withLf(byte[] content) {
    return new String(content, StandardCharsets.ISO_8859_1)
        .replace("\r\n", "\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  static String noSpace(String text) {
    return text == null ? "" : text.replaceAll("[\\s\\u00a0]+", "");
  }

  /**
   * Compares text where the expectation may hold U+FFFD for a character the peer could not read.
   */
  static boolean sameText(String expected, String actual) {
    if (expected == null || actual == null) {
      return expected == actual;
    }
    String pattern =
        java.util.regex.Pattern.quote(squash(expected)).replace("\ufffd", "\\E.{1,2}\\Q");
    return squash(actual).matches(pattern);
  }

  static List<String> strings(JsonArray array) {
    return array.stream().map(v -> ((JsonString) v).getString()).toList();
  }

  static String string(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value instanceof JsonString text ? text.getString() : null;
  }

  /**
   * Finds the attachment with this content, preferring one with this name among equal ones. Files
   * also match with their line ends turned into LF, as some peers store them.
   */
  static Optional<MailAttachment> attachmentWithHash(ParsedMail mail, String sha256, String name) {
    List<MailAttachment> same =
        mail.attachments().stream()
            .filter(
                a ->
                    BodyAssembler.sha256(a.content()).equals(sha256)
                        || BodyAssembler.sha256(withLf(a.content())).equals(sha256))
            .toList();
    return same.stream()
        .filter(a -> a.fileName().equals(name))
        .findFirst()
        .or(() -> same.stream().findFirst());
  }

  private static final class DjangoChecks implements Checker {
    @Override
    public void check(JsonObject e, ParsedMail mail, CorpusChecks checks) {
      checks.equal("subject", e.getString("subject"), mail.subject());
      if (e.containsKey("body_text_exact")) {
        checks.equal("body_text_exact", e.getString("body_text_exact").strip(), mail.text());
      }
      if (e.getBoolean("body_empty", false)) {
        checks.check("body_empty", mail.text().isBlank(), "text was " + mail.text());
      }
      if (e.getBoolean("has_attachment", false)) {
        checks.check("has_attachment", !mail.attachments().isEmpty(), "no attachment");
      }
      for (String field : List.of("body_contains", "forwarded_part_contains")) {
        if (e.containsKey(field)) {
          checks.check(field, bodyContains(mail, e.getString(field)), "text was " + mail.text());
        }
      }
      if (e.containsKey("html_contains")) {
        checks.check(
            "html_contains",
            mail.html() != null && mail.html().contains(e.getString("html_contains")),
            "html was " + mail.html());
      }
      if (e.containsKey("signature_part_starts_with")) {
        String start = e.getString("signature_part_starts_with");
        checks.check(
            "signature_part_starts_with",
            mail.attachments().stream()
                .anyMatch(
                    a -> new String(a.content(), StandardCharsets.US_ASCII).startsWith(start)),
            "no attachment starts with " + start);
      }
      if (e.containsKey("top_content_type")) {
        checks.equal("top_content_type", e.getString("top_content_type"), mail.mimeType());
      }
      checks.equal("mime_leaf_types", strings(e.getJsonArray("mime_leaf_types")), mail.leafTypes());
      checks.check(
          "classification",
          classify(mail).kind() == MailKind.PERSONAL,
          "classified " + classify(mail));
    }
  }

  private static final class Mime4jChecks implements Checker {
    @Override
    public void check(JsonObject e, ParsedMail mail, CorpusChecks checks) {
      if (e.containsKey("subject_header_decoded")) {
        checks.equal("subject", e.getString("subject_header_decoded"), mail.subject());
      }
      if (e.getJsonArray("decoded_parts").isEmpty()) {
        checks.check(
            "no_decoded_parts",
            mail.leaves().stream().allMatch(l -> l.size() == 0),
            "the leaves are " + mail.leaves());
      }
      for (JsonValue value : e.getJsonArray("decoded_parts")) {
        JsonObject part = value.asJsonObject();
        String path = part.getString("part_path");
        Optional<MimeLeaf> leaf =
            mail.leaves().stream().filter(l -> l.path().equals(path)).findFirst();
        checks.check(
            "part." + path,
            leaf.isPresent()
                && leaf.get().size() == part.getInt("decoded_size")
                && leaf.get().sha256().equals(part.getString("decoded_sha256"))
                && leaf.get().text() == part.getString("kind").equals("text"),
            "expected " + part + " but the leaves are " + mail.leaves());
      }
    }
  }

  private static final class RtChecks implements Checker {
    @Override
    public void check(JsonObject e, ParsedMail mail, CorpusChecks checks) {
      for (String field : List.of("subject_header_decoded", "subject")) {
        if (e.containsKey(field)) {
          checks.check(
              field, sameText(e.getString(field), mail.subject()), "subject was " + mail.subject());
        }
      }
      if (e.containsKey("from_header_decoded")) {
        String expected = e.getString("from_header_decoded").replace("\"", "");
        String actual = mail.from().map(MailAddress::display).orElse(null);
        checks.check("from", sameText(expected, actual), "from was " + actual);
      }
      checks.equal("mime_leaf_types", strings(e.getJsonArray("mime_leaf_types")), mail.leafTypes());
      if (e.containsKey("body_contains")) {
        checks.check(
            "body_contains",
            bodyContains(mail, e.getString("body_contains")),
            "text was " + mail.text());
      }
      if (e.containsKey("body_type")) {
        checks.equal("body_type", e.getString("body_type"), mail.bodyType());
      }
      boolean bounce = e.getBoolean("is_bounce", false);
      checks.equal("is_bounce", bounce, classify(mail).kind() == MailKind.BOUNCE);
      if (e.containsKey("attached_message")) {
        checkAttachedMessage(e.getJsonObject("attached_message"), mail, checks);
      }
    }

    private static void checkAttachedMessage(JsonObject m, ParsedMail mail, CorpusChecks checks) {
      Optional<MailAttachment> eml =
          mail.attachments().stream()
              .filter(a -> a.mimeType().equals("message/rfc822"))
              .findFirst();
      checks.check("attached_message", eml.isPresent(), "no message/rfc822 attachment");
      if (eml.isPresent() && m.containsKey("filename")) {
        checks.equal("attached_message.filename", m.getString("filename"), eml.get().fileName());
      }
      if (m.containsKey("subject")) {
        checks.check(
            "attached_message.subject",
            mail.enclosed().stream().anyMatch(x -> m.getString("subject").equals(x.subject())),
            "enclosed " + mail.enclosed().stream().map(ParsedMail::subject).toList());
      }
      if (m.containsKey("first_part_type")) {
        checks.check(
            "attached_message.first_part_type",
            mail.enclosed().stream()
                .anyMatch(
                    x ->
                        !x.leafTypes().isEmpty()
                            && x.leafTypes().get(0).equals(m.getString("first_part_type"))),
            "enclosed " + mail.enclosed().stream().map(ParsedMail::leafTypes).toList());
      }
    }
  }

  private static final class SisimaiChecks implements Checker {
    @Override
    public void check(JsonObject e, ParsedMail mail, CorpusChecks checks) {
      Classification found = classify(mail);
      MailKind expected =
          switch (e.getString("kind")) {
            case "bounce" -> MailKind.BOUNCE;
            case "feedback_report" -> MailKind.FEEDBACK_REPORT;
            case "auto_reply" -> MailKind.AUTO_REPLY;
            default -> MailKind.PERSONAL;
          };
      checks.equal("kind", expected, found.kind());
      if (e.getBoolean("must_not_create_ticket", false)) {
        checks.check(
            "must_not_create_ticket", !found.kind().entersHelpdesk(true), "classified " + found);
      }
      if (e.containsKey("subject_header_decoded")) {
        checks.equal("subject", e.getString("subject_header_decoded"), mail.subject());
      }
    }
  }

  private static final class ZammadChecks implements Checker {
    /** Names Zammad makes up for parts that have none; eHelp makes up its own. */
    private static final java.util.regex.Pattern MADE_UP_NAME =
        java.util.regex.Pattern.compile(
            "file|Delivery report\\.txt|Undelivered Message\\.eml|message\\.html"
                + "|(image|document|video)\\d*\\.\\w+",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    @Override
    public void check(JsonObject e, ParsedMail mail, CorpusChecks checks) {
      checks.check(
          "subject",
          sameText(e.getString("subject", ""), mail.subject()),
          "subject was " + mail.subject());
      String from = e.getString("from_email");
      checks.equal(
          "from_email", address(from), mail.from().map(MailAddress::normalized).orElse(""));
      checks.check(
          "from_display_name",
          sameText(e.getString("from_display_name"), mail.from().map(MailAddress::name).orElse("")),
          "name was " + mail.from());
      checkAddresses(e, "to_addresses", mail.to(), checks);
      checkAddresses(e, "cc_addresses", mail.cc(), checks);
      checkAddresses(e, "reply_to_addresses", mail.replyTo(), checks);
      checks.equal("body_type", e.getString("body_type"), mail.bodyType());
      if (e.containsKey("body_contains")) {
        checks.check(
            "body_contains",
            bodyContains(mail, e.getString("body_contains")),
            "text was " + squash(mail.text()));
      }
      if (e.getBoolean("body_empty", false)) {
        checks.check("body_empty", mail.text().isBlank(), "text was " + mail.text());
      }
      for (JsonValue value : e.getJsonArray("attachments")) {
        checkAttachment(value.asJsonObject(), mail, checks);
      }
      MailKind kind = classify(mail).kind();
      if (e.containsKey("is_bounce")) {
        checks.equal("is_bounce", e.getBoolean("is_bounce"), kind == MailKind.BOUNCE);
      }
      if (e.containsKey("creates_new_ticket")) {
        checks.equal(
            "creates_new_ticket", e.getBoolean("creates_new_ticket"), kind.entersHelpdesk(true));
      }
    }

    private static String address(String value) {
      return value.replaceAll("[\\s\"]", "").toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
    }

    private static void checkAddresses(
        JsonObject e, String field, List<MailAddress> actual, CorpusChecks checks) {
      if (!e.containsKey(field)) {
        return;
      }
      checks.equal(
          field,
          strings(e.getJsonArray(field)),
          actual.stream().map(MailAddress::normalized).filter(a -> a.contains("@")).toList());
    }

    private static void checkAttachment(JsonObject a, ParsedMail mail, CorpusChecks checks) {
      String name = a.getString("filename");
      Optional<MailAttachment> found = attachmentWithHash(mail, a.getString("sha256"), name);
      checks.check(
          "attachment." + name,
          found.isPresent(),
          "no attachment with " + a + "; found " + mail.attachments());
      if (found.isPresent() && !MADE_UP_NAME.matcher(name).matches()) {
        checks.check(
            "attachment." + name + ".filename",
            sameText(name, found.get().fileName()),
            "name was " + found.get().fileName());
      }
      if (found.isPresent() && a.containsKey("content_id")) {
        checks.equal(
            "attachment." + name + ".content_id",
            a.getString("content_id"),
            found.get().contentId());
      }
    }
  }

  private static final class ZbatesonChecks implements Checker {
    @Override
    public void check(JsonObject e, ParsedMail mail, CorpusChecks checks) {
      if (e.containsKey("subject")) {
        checks.equal("subject", e.getString("subject"), mail.subject());
      }
      checkMailbox(e, "from", mail.from(), checks);
      checkMailbox(e, "to", mail.to().stream().findFirst(), checks);
      if (e.containsKey("message_id")) {
        checks.equal("message_id", e.getString("message_id"), mail.messageId());
      }
      if (e.containsKey("text_body_equals_file")) {
        checkBody("text_body", e.getJsonObject("text_body_equals_file"), mail.text(), checks);
      }
      if (e.containsKey("html_body_text_equals_file")) {
        String html = mail.html() == null ? "" : HtmlBodies.toText(mail.html());
        checkBody("html_body", e.getJsonObject("html_body_text_equals_file"), html, checks);
      }
      if (e.containsKey("attachment_count")) {
        checks.equal("attachment_count", e.getInt("attachment_count"), mail.attachments().size());
      }
      if (e.containsKey("attachments_with_reference_file")) {
        for (JsonValue value : e.getJsonArray("attachments_with_reference_file")) {
          JsonObject a = value.asJsonObject();
          Optional<MailAttachment> found =
              attachmentWithHash(mail, a.getString("sha256"), a.getString("filename"));
          checks.check(
              "attachment." + a.getString("filename"),
              found.isPresent() && found.get().fileName().equals(a.getString("filename")),
              "no attachment with " + a + "; found " + mail.attachments());
        }
      }
    }

    private static void checkMailbox(
        JsonObject e, String field, Optional<MailAddress> actual, CorpusChecks checks) {
      if (!e.containsKey(field)) {
        return;
      }
      JsonObject expected = e.getJsonObject(field);
      checks.equal(
          field + ".email",
          expected.getString("email").toLowerCase(Locale.ROOT),
          actual.map(MailAddress::normalized).orElse(null));
      checks.equal(
          field + ".name", expected.getString("name"), actual.map(MailAddress::name).orElse(null));
    }

    private static void checkBody(String field, JsonObject e, String text, CorpusChecks checks) {
      String squashed = squash(text);
      checks.check(
          field + ".starts_with",
          squashed.startsWith(squash(e.getString("starts_with"))),
          "text starts " + squashed.substring(0, Math.min(80, squashed.length())));
      checks.equal(
          field + ".sha256",
          e.getString("whitespace_normalized_sha256"),
          BodyAssembler.sha256(squashed.getBytes(StandardCharsets.UTF_8)));
    }
  }
}

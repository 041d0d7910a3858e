package org.ehelp.infrastructure.mail.mime;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.ehelp.domain.model.mail.MailAttachment;
import org.ehelp.domain.model.mail.MimeLeaf;
import org.ehelp.domain.model.mail.ParsedMail;
import org.ehelp.domain.model.mail.UnreadableMailException;

/**
 * Walks a MIME tree and sorts its leaves into the body (text and HTML segments, in order) and the
 * attachments.
 *
 * <p>The rules: in {@code multipart/alternative} the plain-text and the HTML version make one
 * segment; in {@code multipart/related} the root part is the body and the other parts are inline
 * files; in {@code multipart/signed} and {@code multipart/report} only the first part may be body;
 * elsewhere every {@code text/plain} or {@code text/html} leaf without a file name and not marked
 * as an attachment is body, in order. Everything else is a file.
 */
final class BodyAssembler {

  /** A piece of the body: its plain text, its HTML, or both (the two sides of an alternative). */
  record Segment(String plain, String html) {}

  private final MimeMailParser parser;
  private final int depth;
  private final List<Segment> segments = new ArrayList<>();
  private final List<MailAttachment> attachments;
  private final List<MimeLeaf> leaves;
  private final List<String> leafTypes;
  private final List<ParsedMail> enclosed;
  private final AttachmentNames names;
  private final List<String> hint;

  /**
   * @param hint the charsets the message declares, for file names sent as unencoded 8-bit text
   */
  BodyAssembler(MimeMailParser parser, int depth, List<String> hint) {
    this(
        parser,
        depth,
        new ArrayList<>(),
        new ArrayList<>(),
        new ArrayList<>(),
        new ArrayList<>(),
        new AttachmentNames(),
        hint);
  }

  private BodyAssembler(
      MimeMailParser parser,
      int depth,
      List<MailAttachment> attachments,
      List<MimeLeaf> leaves,
      List<String> leafTypes,
      List<ParsedMail> enclosed,
      AttachmentNames names,
      List<String> hint) {
    this.parser = parser;
    this.hint = hint;
    this.depth = depth;
    this.attachments = attachments;
    this.leaves = leaves;
    this.leafTypes = leafTypes;
    this.enclosed = enclosed;
    this.names = names;
  }

  /** Returns a walker that shares the files of this one but keeps its own body segments. */
  private BodyAssembler branch() {
    return new BodyAssembler(parser, depth, attachments, leaves, leafTypes, enclosed, names, hint);
  }

  void walk(MimeNode node, String path, boolean bodyAllowed) {
    if (!node.multipart) {
      leaf(node, path, bodyAllowed, false);
      return;
    }
    if (node.parts.isEmpty()) {
      leafTypes.add(node.mimeType());
      return;
    }
    switch (node.subType()) {
      case "alternative" -> alternative(node, path, bodyAllowed);
      case "related" -> related(node, path, bodyAllowed);
      case "signed", "report" -> firstPartOnly(node, path, bodyAllowed);
      case "encrypted" -> eachPart(node, path, false);
      default -> eachPart(node, path, bodyAllowed);
    }
  }

  private void eachPart(MimeNode node, String path, boolean bodyAllowed) {
    for (int i = 0; i < node.parts.size(); i++) {
      walk(node.parts.get(i), path + "." + (i + 1), bodyAllowed);
    }
  }

  private void firstPartOnly(MimeNode node, String path, boolean bodyAllowed) {
    for (int i = 0; i < node.parts.size(); i++) {
      walk(node.parts.get(i), path + "." + (i + 1), bodyAllowed && i == 0);
    }
  }

  /** Takes the last plain-text and the last HTML rendering among the alternatives. */
  private void alternative(MimeNode node, String path, boolean bodyAllowed) {
    String plain = null;
    String html = null;
    for (int i = 0; i < node.parts.size(); i++) {
      BodyAssembler branch = branch();
      branch.walk(node.parts.get(i), path + "." + (i + 1), bodyAllowed);
      Segment joined = join(branch.segments);
      if (joined.html() != null) {
        html = joined.html();
      } else if (joined.plain() != null) {
        plain = joined.plain();
      }
    }
    if (plain != null || html != null) {
      segments.add(new Segment(plain, html));
    }
  }

  private void related(MimeNode node, String path, boolean bodyAllowed) {
    int root = rootIndex(node);
    for (int i = 0; i < node.parts.size(); i++) {
      MimeNode part = node.parts.get(i);
      String partPath = path + "." + (i + 1);
      if (i == root) {
        walk(part, partPath, bodyAllowed);
      } else if (part.multipart) {
        walk(part, partPath, false);
      } else {
        leaf(part, partPath, false, true);
      }
    }
  }

  /** Returns the index of the part the {@code start} parameter names, else 0. */
  private static int rootIndex(MimeNode node) {
    String start = node.parameter("start");
    if (start != null) {
      String id = start.strip().replaceAll("^<|>$", "");
      for (int i = 0; i < node.parts.size(); i++) {
        if (id.equals(node.parts.get(i).contentId())) {
          return i;
        }
      }
    }
    return 0;
  }

  private void leaf(MimeNode node, String path, boolean bodyAllowed, boolean inlineFile) {
    byte[] body = node.body == null ? new byte[0] : node.body;
    if (node.isMessage()) {
      enclosedMessage(node, body, path);
      return;
    }
    leaves.add(
        new MimeLeaf(
            path, node.mimeType(), node.mediaType().equals("text"), body.length, sha256(body)));
    leafTypes.add(node.mimeType());

    String fileName = AttachmentNames.decode(node.fileName(hint));
    if (isUuencoded(node)) {
      Uuencode.Block block = Uuencode.decodeBody(body);
      if (block != null) {
        attachments.add(
            file(
                block.fileName(),
                MediaTypes.guess(block.fileName()),
                null,
                false,
                block.content()));
        return;
      }
    }
    if (Tnef.isTnef(node.mimeType(), fileName)) {
      Tnef.Contents unpacked = Tnef.unpack(body);
      if (unpacked != null) {
        attachments.addAll(unpacked.files());
        if (bodyAllowed && unpacked.text() != null) {
          segments.add(new Segment(unpacked.text(), null));
        }
        return;
      }
    }
    if (bodyAllowed && isBodyText(node, fileName)) {
      segments.add(textSegment(node, body));
      return;
    }
    boolean inline = inlineFile || "inline".equals(node.disposition()) && node.contentId() != null;
    if (fileName == null) {
      fileName = AttachmentNames.fromContentId(node.contentId());
    }
    attachments.add(file(fileName, node.mimeType(), node.contentId(), inline, body));
  }

  private void enclosedMessage(MimeNode node, byte[] body, String path) {
    ParsedMail message = null;
    if (depth < MimeMailParser.MAX_ENCLOSED_DEPTH && body.length > 0) {
      try {
        message = parser.parse(body, depth + 1, path + ".1");
        enclosed.add(message);
        leaves.addAll(message.leaves());
        leafTypes.addAll(message.leafTypes());
      } catch (UnreadableMailException e) {
        // An enclosed message that cannot be read is still kept as a file.
      }
    }
    String fileName = AttachmentNames.decode(node.fileName(hint));
    if (fileName == null && message != null && message.subject() != null) {
      fileName = message.subject() + ".eml";
    }
    attachments.add(file(fileName, "message/rfc822", node.contentId(), false, body));
  }

  private MailAttachment file(
      String fileName, String mimeType, String contentId, boolean inline, byte[] content) {
    return new MailAttachment(
        fileName == null ? names.synthesize(mimeType) : AttachmentNames.clean(fileName),
        mimeType,
        contentId,
        inline,
        content);
  }

  private static boolean isBodyText(MimeNode node, String fileName) {
    String type = node.mimeType();
    boolean readable = type.equals("text/plain") || type.equals("text/html");
    return readable && !"attachment".equals(node.disposition()) && fileName == null;
  }

  private static boolean isUuencoded(MimeNode node) {
    String encoding = node.transferEncoding();
    return encoding.equals("x-uuencode")
        || encoding.equals("uuencode")
        || encoding.equals("x-uue")
        || encoding.equals("uue");
  }

  private Segment textSegment(MimeNode node, byte[] body) {
    boolean html = node.subType().equals("html");
    String text =
        TextDecoding.decode(body, node.charset(), html).replace("\r\n", "\n").replace('\r', '\n');
    if (html) {
      return new Segment(null, text);
    }
    if ("flowed".equalsIgnoreCase(node.parameter("format"))) {
      text = FlowedText.unflow(text, "yes".equalsIgnoreCase(node.parameter("delsp")));
    }
    return new Segment(withoutUuencodedFiles(text), null);
  }

  /** Moves uuencoded blocks out of plain text into attachments. */
  private String withoutUuencodedFiles(String text) {
    List<Uuencode.Block> blocks = Uuencode.find(text);
    if (blocks.isEmpty()) {
      return text;
    }
    StringBuilder kept = new StringBuilder();
    int position = 0;
    for (Uuencode.Block block : blocks) {
      kept.append(text, position, block.start());
      attachments.add(
          file(block.fileName(), MediaTypes.guess(block.fileName()), null, false, block.content()));
      position = block.end();
    }
    return kept.append(text.substring(position)).toString();
  }

  /** Joins segments: plain text of each, and HTML when any segment has it. */
  private static Segment join(List<Segment> parts) {
    if (parts.isEmpty()) {
      return new Segment(null, null);
    }
    boolean anyHtml = parts.stream().anyMatch(s -> s.html() != null);
    StringBuilder plain = new StringBuilder();
    StringBuilder html = new StringBuilder();
    for (Segment part : parts) {
      String text =
          part.plain() != null && !part.plain().isBlank()
              ? part.plain()
              : part.html() == null ? "" : HtmlBodies.toText(part.html());
      appendParagraph(plain, text);
      if (anyHtml) {
        html.append(part.html() != null ? part.html() : HtmlBodies.fromText(text));
      }
    }
    return new Segment(plain.toString(), anyHtml ? html.toString() : null);
  }

  private static void appendParagraph(StringBuilder text, String paragraph) {
    if (paragraph.isBlank()) {
      return;
    }
    if (text.length() > 0) {
      text.append("\n\n");
    }
    text.append(paragraph.strip());
  }

  String text() {
    String plain = join(segments).plain();
    return plain == null ? "" : plain.strip();
  }

  /** Returns the sanitized HTML body, or null when there is none or it shows nothing. */
  String html() {
    String html = join(segments).html();
    if (html == null) {
      return null;
    }
    String clean = HtmlBodies.sanitize(html);
    // Text or an inline image counts as content; a lone remote image (a tracking pixel) does not.
    boolean empty = HtmlBodies.toText(clean).isBlank() && !clean.contains("src=\"cid:");
    return empty ? null : clean;
  }

  List<MailAttachment> attachments() {
    return List.copyOf(attachments);
  }

  List<MimeLeaf> leaves() {
    return List.copyOf(leaves);
  }

  List<String> leafTypes() {
    return List.copyOf(leafTypes);
  }

  List<ParsedMail> enclosed() {
    return List.copyOf(enclosed);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}

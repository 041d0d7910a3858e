package org.ehelp.infrastructure.mail.mime;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.MimeConfig;
import org.ehelp.domain.model.mail.MailAddress;
import org.ehelp.domain.model.mail.ParsedMail;
import org.ehelp.domain.model.mail.UnreadableMailException;

/**
 * Parses raw RFC 822 messages with Apache mime4j into {@link ParsedMail}. mime4j splits the MIME
 * structure and undoes base64 and quoted-printable; this class and its helpers decode charsets,
 * headers and file names, pick the body, sanitize HTML and open uuencoded and TNEF files.
 *
 * <p>Parsing is lenient, as mail in the wild needs: broken boundaries, bare line feeds and
 * malformed headers are read as well as they can be. It fails only past the limits below, which
 * stop crafted messages from exhausting memory or the stack.
 */
@ApplicationScoped
public class MimeMailParser {

  /** Deepest nesting of multiparts that is read. */
  static final int MAX_NESTING = 40;

  /** Deepest nesting of enclosed messages (message/rfc822 inside message/rfc822) that is read. */
  static final int MAX_ENCLOSED_DEPTH = 6;

  private static final MimeConfig CONFIG =
      new MimeConfig.Builder()
          .setStrictParsing(false)
          .setMaxLineLen(-1)
          .setMaxHeaderLen(-1)
          .setMaxHeaderCount(5_000)
          .setMaxContentLen(-1)
          .setMaxNestingDepth(MAX_NESTING)
          .setMaxPartCount(5_000)
          .build();

  /**
   * Parses a whole message.
   *
   * @throws UnreadableMailException when mime4j cannot read the structure
   */
  public ParsedMail parse(byte[] raw) {
    return parse(raw, 0, "1");
  }

  ParsedMail parse(byte[] raw, int depth, String rootPath) {
    MimeNode root = tree(HeaderRepair.repair(withoutEnvelopeLine(raw)));
    java.util.List<String> hint = declaredCharsets(root);
    HeaderFields headers = new HeaderFields(root.fields, hint);
    BodyAssembler body = new BodyAssembler(this, depth, hint);
    body.walk(root, rootPath, true);

    Optional<MailAddress> from =
        headers
            .firstValidAddress("From")
            .or(() -> headers.firstValidAddress("Reply-To"))
            .or(() -> headers.firstValidAddress("Sender"));
    return new ParsedMail(
        headers.messageIds("Message-ID").stream().findFirst().orElse(null),
        headers.messageIds("In-Reply-To"),
        headers.messageIds("References"),
        from,
        headers.firstAddress("Sender"),
        headers.addresses("Reply-To"),
        headers.addresses("To"),
        headers.addresses("Cc"),
        headers.returnPath(),
        headers.text("Subject").orElse(null),
        headers.date(),
        headers.decoded(),
        root.mimeType(),
        reportType(root),
        body.text(),
        body.html(),
        body.attachments(),
        body.leaves(),
        body.leafTypes(),
        body.enclosed());
  }

  /**
   * Drops the {@code From sender date} line that mbox files and some mail server pipes put before
   * the header; it is not a header field and would end the header early.
   */
  static byte[] withoutEnvelopeLine(byte[] raw) {
    if (raw.length < 5
        || raw[0] != 'F'
        || raw[1] != 'r'
        || raw[2] != 'o'
        || raw[3] != 'm'
        || raw[4] != ' ') {
      return raw;
    }
    int end = 0;
    while (end < raw.length && raw[end] != '\n') {
      end++;
    }
    return java.util.Arrays.copyOfRange(raw, Math.min(end + 1, raw.length), raw.length);
  }

  /** Returns the charset labels the entities declare, breadth first, without repeats. */
  static java.util.List<String> declaredCharsets(MimeNode root) {
    java.util.Set<String> labels = new java.util.LinkedHashSet<>();
    java.util.Deque<MimeNode> pending = new java.util.ArrayDeque<>();
    pending.add(root);
    while (!pending.isEmpty()) {
      MimeNode node = pending.poll();
      if (node.charset() != null) {
        labels.add(node.charset().strip().toLowerCase(Locale.ROOT));
      }
      pending.addAll(node.parts);
    }
    return java.util.List.copyOf(labels);
  }

  private static String reportType(MimeNode root) {
    if (!root.mimeType().equals("multipart/report")) {
      return null;
    }
    String type = root.parameter("report-type");
    return type == null ? null : type.strip().toLowerCase(Locale.ROOT);
  }

  private static MimeNode tree(byte[] raw) {
    MimeStreamParser parser =
        new MimeStreamParser(
            CONFIG,
            DecodeMonitor.SILENT,
            new DefaultBodyDescriptorBuilder(
                null, LenientFieldParser.getParser(), DecodeMonitor.SILENT));
    MimeTreeHandler handler = new MimeTreeHandler();
    parser.setContentHandler(handler);
    parser.setContentDecoding(true);
    parser.setNoRecurse();
    try {
      parser.parse(new ByteArrayInputStream(raw));
    } catch (MimeException | IOException | RuntimeException e) {
      throw new UnreadableMailException("The MIME structure could not be read: " + e, e);
    }
    if (handler.root() == null) {
      throw new UnreadableMailException("The message is empty", null);
    }
    return handler.root();
  }
}

package org.ehelp.search.impl;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.txt.TXTParser;
import org.apache.tika.sax.BodyContentHandler;
import org.ehelp.search.ExtractedText;
import org.ehelp.search.TextExtractor;

/**
 * Reads text through Apache Tika with only the plain text, PDF and Microsoft Office parsers. A
 * file's type is detected from its bytes and name; a type that none of these parsers reads gives no
 * text without being parsed. Files embedded in a document are not read.
 */
public final class TikaTextExtractor implements TextExtractor {

  private static final Pattern SPACES = Pattern.compile("[\\s&&[^\\n]]+");
  private static final Pattern BLANK_LINES = Pattern.compile(" ?\\n[\\s]*");

  /** Types that are never read, even as a subtype of a text type, such as SVG images. */
  private static final Set<String> NO_TEXT = Set.of("image", "audio", "video");

  private final int maxChars;
  private final Detector detector;
  private final MediaTypeRegistry registry;
  private final Map<MediaType, Parser> parsers;

  /** Creates an extractor that keeps at most {@code maxChars} characters of a file's text. */
  public TikaTextExtractor(int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
    }
    this.maxChars = maxChars;
    ClassLoader loader = TikaTextExtractor.class.getClassLoader();
    MimeTypes types = MimeTypes.getDefaultMimeTypes(loader);
    this.detector = new DefaultDetector(types, loader);
    this.registry = types.getMediaTypeRegistry();
    this.parsers =
        Map.copyOf(
            new CompositeParser(
                    registry,
                    new TXTParser(),
                    new PDFParser(),
                    new OfficeParser(),
                    new OOXMLParser())
                .getParsers());
  }

  @Override
  public ExtractedText extract(String fileName, byte[] content) {
    Metadata metadata = new Metadata();
    if (fileName != null) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    }
    MediaType type;
    try (TikaInputStream in = TikaInputStream.get(content)) {
      type = detector.detect(in, metadata).getBaseType();
    } catch (Exception | LinkageError | StackOverflowError e) {
      return new ExtractedText(MediaType.OCTET_STREAM.toString(), "", false, reason(e));
    }
    metadata.set(Metadata.CONTENT_TYPE, type.toString());
    MediaType readable = supported(type);
    Parser chosen = readable == null ? null : parsers.get(readable);
    if (chosen == null) {
      return new ExtractedText(type.toString(), "", false, null);
    }

    // NOTE: the parse has no time limit. The write limit ends it early for long texts, and the
    // attachment size limits bound the input, but a pathological file may still take a while.
    BodyContentHandler handler = new BodyContentHandler(maxChars);
    try (TikaInputStream in = TikaInputStream.get(content)) {
      chosen.parse(in, handler, metadata, new ParseContext());
    } catch (Exception | LinkageError | StackOverflowError e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        return new ExtractedText(type.toString(), clean(handler.toString()), true, null);
      }
      return new ExtractedText(type.toString(), "", false, reason(e));
    }
    return new ExtractedText(type.toString(), clean(handler.toString()), false, null);
  }

  /** Returns the type itself or its nearest supertype that a parser reads, or null for none. */
  private MediaType supported(MediaType type) {
    if (NO_TEXT.contains(type.getType())) {
      return null;
    }
    MediaType candidate = type;
    while (candidate != null && !parsers.containsKey(candidate)) {
      candidate = registry.getSupertype(candidate);
    }
    return candidate;
  }

  /**
   * Keeps one space between words and no blank lines, and drops the NUL characters that PostgreSQL
   * cannot store in a text.
   */
  static String clean(String text) {
    String joined = SPACES.matcher(text.replace('\u0000', ' ')).replaceAll(" ");
    return BLANK_LINES.matcher(joined).replaceAll("\n").strip();
  }

  private static String reason(Throwable e) {
    String kind = e instanceof EncryptedDocumentException ? "encrypted" : e.getClass().getName();
    Throwable cause = e;
    while (cause.getMessage() == null && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? kind : kind + ": " + cause.getMessage();
  }
}

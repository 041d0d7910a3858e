package org.ehelp.infrastructure.mail.mime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a text part or header into characters, whatever charset label the sender's
 * program wrote.
 *
 * <p>Labels that programs get wrong are mapped to the charset they mean, as browsers do: ISO-8859-1
 * and US-ASCII to windows-1252 (its superset, which is what Windows programs send under those
 * names), GB2312 to GB18030, KS C 5601 and EUC-KR to windows-949, Shift_JIS to windows-31j. Bytes
 * that are not valid in the declared charset fall back: text labelled UTF-8 that is not UTF-8 is
 * read as windows-1252, and text labelled with a Western single-byte charset that is valid UTF-8
 * with non-ASCII sequences is read as UTF-8. UTF-7, which Java lacks, is decoded here.
 */
public final class TextDecoding {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final Map<String, String> MISLABELS =
      Map.ofEntries(
          Map.entry("utf8", "UTF-8"),
          Map.entry("unicode-1-1-utf-8", "UTF-8"),
          Map.entry("x-unicode20utf8", "UTF-8"),
          Map.entry("us-ascii", "windows-1252"),
          Map.entry("ascii", "windows-1252"),
          Map.entry("ansi_x3.4-1968", "windows-1252"),
          Map.entry("iso-8859-1", "windows-1252"),
          Map.entry("iso8859-1", "windows-1252"),
          Map.entry("iso_8859-1", "windows-1252"),
          Map.entry("latin1", "windows-1252"),
          Map.entry("latin-1", "windows-1252"),
          Map.entry("l1", "windows-1252"),
          Map.entry("cp1252", "windows-1252"),
          Map.entry("cp-1252", "windows-1252"),
          Map.entry("win-1252", "windows-1252"),
          Map.entry("cp-1250", "windows-1250"),
          Map.entry("cp-1251", "windows-1251"),
          Map.entry("win-1251", "windows-1251"),
          Map.entry("x-cp1251", "windows-1251"),
          Map.entry("cp-1257", "windows-1257"),
          Map.entry("iso-8859-8-i", "ISO-8859-8"),
          Map.entry("iso-8859-6-i", "ISO-8859-6"),
          Map.entry("gb2312", "GB18030"),
          Map.entry("gbk", "GB18030"),
          Map.entry("x-gbk", "GB18030"),
          Map.entry("euc-cn", "GB18030"),
          Map.entry("cn-gb", "GB18030"),
          Map.entry("ks_c_5601-1987", "x-windows-949"),
          Map.entry("ks_c_5601", "x-windows-949"),
          Map.entry("ksc5601", "x-windows-949"),
          Map.entry("euc-kr", "x-windows-949"),
          Map.entry("korean", "x-windows-949"),
          Map.entry("shift_jis", "windows-31j"),
          Map.entry("shift-jis", "windows-31j"),
          Map.entry("sjis", "windows-31j"),
          Map.entry("x-sjis", "windows-31j"),
          Map.entry("ms_kanji", "windows-31j"),
          Map.entry("big5", "Big5-HKSCS"),
          Map.entry("x-x-big5", "Big5-HKSCS"),
          Map.entry("tis-620", "x-windows-874"),
          Map.entry("iso-8859-11", "x-windows-874"),
          Map.entry("windows-874", "x-windows-874"),
          Map.entry("iso-8859-9", "windows-1254"),
          Map.entry("latin5", "windows-1254"));

  /**
   * Charsets to try for unencoded 8-bit header bytes when a message declares a 7-bit charset of the
   * same script: ISO-2022-JP mail often carries Shift_JIS or EUC-JP headers.
   */
  private static final Map<String, List<Charset>> RELATED =
      Map.of(
          "iso-2022-jp", List.of(Charset.forName("windows-31j"), Charset.forName("EUC-JP")),
          "iso-2022-kr", List.of(Charset.forName("x-windows-949")),
          "hz-gb-2312", List.of(Charset.forName("GB18030")));

  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:\\-]+)");

  private TextDecoding() {}

  /**
   * Returns the charset a label means, after the corrections above, or empty when Java has no such
   * charset. UTF-7 is reported as empty too: {@link #decode} handles it.
   */
  public static Optional<Charset> charset(String label) {
    if (label == null) {
      return Optional.empty();
    }
    String name = clean(label);
    String mapped = MISLABELS.getOrDefault(name, name);
    try {
      return Optional.of(Charset.forName(mapped));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  /**
   * Decodes text bytes.
   *
   * @param declared the charset label of the part, or null when it had none
   * @param html whether the bytes are HTML, whose {@code <meta charset>} then counts as the label
   */
  public static String decode(byte[] bytes, String declared, boolean html) {
    if (bytes.length == 0) {
      return "";
    }
    Optional<String> bom = decodeWithBom(bytes);
    if (bom.isPresent()) {
      return bom.get();
    }
    String label = declared;
    if ((label == null || label.isBlank()) && html) {
      label = metaCharset(bytes);
    }
    if (label != null && isUtf7(label)) {
      return Utf7.decode(bytes);
    }

    Optional<Charset> charset = charset(label);
    if (charset.isEmpty() || isWesternSingleByte(charset.get())) {
      // No label, an unknown one, or a Western label that may hide UTF-8.
      return strictUtf8(bytes).orElseGet(() -> new String(bytes, charset.orElse(WINDOWS_1252)));
    }
    if (charset.get().equals(StandardCharsets.UTF_8)) {
      return strictUtf8(bytes).orElseGet(() -> new String(bytes, WINDOWS_1252));
    }
    if (charset.get().name().startsWith("ISO-2022") && hasEightBit(bytes)) {
      // A 7-bit label on 8-bit bytes: the sender's program used the local 8-bit charset.
      for (Charset related : RELATED.getOrDefault(clean(label), List.of())) {
        Optional<String> text = strict(bytes, related);
        if (text.isPresent()) {
          return text.get();
        }
      }
    }
    return new String(bytes, charset.get());
  }

  /** Decodes header bytes that were sent unencoded: UTF-8 when they are valid UTF-8. */
  public static String decodeRawHeader(byte[] bytes) {
    return decodeRawHeader(bytes, List.of());
  }

  /**
   * Decodes header bytes that were sent unencoded (RFC 6532 allows UTF-8; older programs send their
   * local charset): UTF-8 when the bytes are valid UTF-8, else the first multi-byte charset the
   * message declares that reads them without error, else the first declared charset, else
   * windows-1252.
   *
   * @param declared the charset labels the message's parts declare, in order
   */
  public static String decodeRawHeader(byte[] bytes, List<String> declared) {
    Optional<String> utf8 = strictUtf8(bytes);
    if (utf8.isPresent()) {
      boolean utf7 = declared.stream().anyMatch(TextDecoding::isUtf7);
      return utf7 && utf8.get().contains("+") ? Utf7.decode(bytes) : utf8.get();
    }
    List<Charset> candidates = new ArrayList<>();
    for (String label : declared) {
      charset(label).ifPresent(candidates::add);
      RELATED.getOrDefault(clean(label), List.of()).forEach(candidates::add);
    }
    for (Charset candidate : candidates) {
      // ISO-2022 charsets are 7-bit, so they cannot be what 8-bit bytes are in.
      if (!isSingleByte(candidate) && !candidate.name().startsWith("ISO-2022")) {
        Optional<String> text = strict(bytes, candidate);
        if (text.isPresent()) {
          return text.get();
        }
      }
    }
    Charset fallback =
        candidates.stream().filter(TextDecoding::isSingleByte).findFirst().orElse(WINDOWS_1252);
    return new String(bytes, fallback);
  }

  /** Decodes as UTF-8, or returns empty when the bytes are not valid UTF-8. */
  static Optional<String> strictUtf8(byte[] bytes) {
    return strict(bytes, StandardCharsets.UTF_8);
  }

  private static Optional<String> strict(byte[] bytes, Charset charset) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  static boolean isUtf7(String label) {
    String name = clean(label);
    return name.equals("utf-7") || name.equals("unicode-1-1-utf-7") || name.equals("utf7");
  }

  private static boolean hasEightBit(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSingleByte(Charset charset) {
    return charset.newEncoder().maxBytesPerChar() <= 1.0f;
  }

  private static boolean isWesternSingleByte(Charset charset) {
    String name = charset.name();
    return name.equals("windows-1252") || name.equals("ISO-8859-15") || name.equals("US-ASCII");
  }

  private static Optional<String> decodeWithBom(byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      return Optional.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return Optional.of(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE));
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return Optional.of(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
    }
    return Optional.empty();
  }

  private static String metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
    Matcher matcher = META_CHARSET.matcher(head);
    return matcher.find() ? matcher.group(1) : null;
  }

  private static String clean(String label) {
    String name = label.strip().toLowerCase(Locale.ROOT);
    if (name.length() > 1 && (name.startsWith("\"") || name.startsWith("'"))) {
      name = name.substring(1, name.length() - 1).strip();
    }
    int language = name.indexOf('*');
    return language < 0 ? name : name.substring(0, language);
  }
}

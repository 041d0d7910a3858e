package org.ehelp.search;

import org.ehelp.search.impl.TikaTextExtractor;

/**
 * Reads the text of a file for the index: plain text in any usual character set, PDF, and Word,
 * Excel and PowerPoint documents, old and new formats. Other files (images, archives and the rest)
 * give no text. One instance is safe to use from several threads.
 */
public interface TextExtractor {

  /**
   * Creates an extractor that keeps at most {@code maxChars} characters of a file's text.
   *
   * @throws IllegalArgumentException if {@code maxChars} is not positive
   */
  static TextExtractor create(int maxChars) {
    return new TikaTextExtractor(maxChars);
  }

  /**
   * Reads the text of a file. A damaged, encrypted or unreadable file gives an empty text and the
   * reason in {@link ExtractedText#failure()}: every exception of the parsers is caught, and so are
   * linkage and stack overflow errors (not an out-of-memory error).
   *
   * @param fileName the file's name, a hint for its type beside its content
   */
  ExtractedText extract(String fileName, byte[] content);
}

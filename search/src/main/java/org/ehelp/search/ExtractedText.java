package org.ehelp.search;

/**
 * Result of {@link TextExtractor} for one file.
 *
 * @param mediaType the type the file was found to be, such as {@code application/pdf}
 * @param text the text, empty when the type has none or the file could not be read
 * @param truncated whether the text was cut at the extractor's limit
 * @param failure why the file could not be read, or null when it could
 */
public record ExtractedText(String mediaType, String text, boolean truncated, String failure) {

  public ExtractedText {
    text = text == null ? "" : text;
  }

  /** Returns whether the file was of a type with text but could not be read. */
  public boolean failed() {
    return failure != null;
  }
}

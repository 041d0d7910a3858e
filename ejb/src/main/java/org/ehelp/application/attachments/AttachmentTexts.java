package org.ehelp.application.attachments;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import org.ehelp.domain.model.request.ServiceRequest;
import org.ehelp.search.ExtractedText;
import org.ehelp.search.TextExtractor;

/**
 * Reads the text of a file as it is stored, for the search index: plain text, PDF and Office files,
 * at most {@link #MAX_CHARS} characters. A file that cannot be read is stored all the same, with no
 * text, and a warning in the log gives the reason.
 */
@ApplicationScoped
public class AttachmentTexts {

  /** Maximum number of characters kept of a file's text. */
  public static final int MAX_CHARS = 100_000;

  private static final Logger LOG = Logger.getLogger(AttachmentTexts.class.getName());

  private final TextExtractor extractor = TextExtractor.create(MAX_CHARS);

  /** Returns the text of a file about to be attached to {@code request}, or null when none. */
  public String read(ServiceRequest request, String fileName, byte[] content) {
    ExtractedText text = extractor.extract(fileName, content);
    if (text.failed()) {
      LOG.warning(
          () ->
              "Request "
                  + request.getNumber()
                  + ": no text read from attachment \""
                  + fileName
                  + "\" ("
                  + text.mediaType()
                  + "): "
                  + text.failure());
    } else if (text.truncated()) {
      LOG.fine(
          () ->
              "Request "
                  + request.getNumber()
                  + ": text of attachment \""
                  + fileName
                  + "\" cut at "
                  + MAX_CHARS
                  + " characters");
    }
    return text.text().isEmpty() ? null : text.text();
  }
}

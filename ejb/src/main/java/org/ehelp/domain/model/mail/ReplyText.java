package org.ehelp.domain.model.mail;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes the new text out of a reply: what the sender wrote above the quoted message that mail
 * programs append. The cut is made at the first line that starts a quotation: eHelp's own marker
 * line, a "wrote:" line in English, French, German, Spanish, Italian, Dutch or Portuguese, an
 * Outlook header block ({@code -----Original Message-----}, {@code From: ... Sent:}), or a run of
 * {@code >} lines. When nothing is left above the cut, the whole text is kept.
 */
public final class ReplyText {

  /** The line eHelp puts above the text of every notification. */
  public static final String MARKER = "## Reply above this line ##";

  private static final List<Pattern> CUTS =
      List.of(
          Pattern.compile("^##\\s*(Reply above this line|Répondez au-dessus de cette ligne).*$"),
          Pattern.compile(
              "^-{2,}\\s*(Original Message|Message d'origine|Ursprüngliche Nachricht"
                  + "|Mensaje original|Messaggio originale|Oorspronkelijk bericht|Original Nachricht)"
                  + "\\s*-{2,}.*$",
              Pattern.CASE_INSENSITIVE),
          Pattern.compile(
              "^(On|Le|Am|El|Il|Op|Em)\\s.{4,200}(wrote|a écrit|schrieb|escribió"
                  + "|ha scritto|schreef|escreveu)(\\s.{0,100})?\\s*:\\s*$",
              Pattern.CASE_INSENSITIVE),
          Pattern.compile("^(From|De|Von|Da|Van)\\s*:.*$", Pattern.CASE_INSENSITIVE),
          Pattern.compile("^_{20,}\\s*$"));

  private static final Pattern SENT_LINE =
      Pattern.compile(
          "^(Sent|Envoyé|Gesendet|Enviado|Inviato|Verzonden|Date)\\s*:.*$",
          Pattern.CASE_INSENSITIVE);

  private ReplyText() {}

  /** Returns the text the sender wrote above the quoted message. */
  public static String newText(String text) {
    if (text == null) {
      return "";
    }
    String[] lines = text.split("\n", -1);
    int cut = lines.length;
    for (int i = 0; i < lines.length && cut == lines.length; i++) {
      if (startsQuotation(lines, i)) {
        cut = i;
      }
    }
    String above = String.join("\n", java.util.Arrays.copyOfRange(lines, 0, cut)).strip();
    above = withoutTrailingQuotes(above);
    return above.isBlank() ? text.strip() : above;
  }

  private static boolean startsQuotation(String[] lines, int i) {
    String line = lines[i].strip();
    for (int p = 0; p < CUTS.size(); p++) {
      if (!CUTS.get(p).matcher(line).matches()) {
        continue;
      }
      // "From:" starts a quotation only when a "Sent:" or "Date:" line follows it closely.
      if (p == 3) {
        return followedBySentLine(lines, i);
      }
      return true;
    }
    return false;
  }

  private static boolean followedBySentLine(String[] lines, int i) {
    for (int k = i + 1; k < Math.min(lines.length, i + 4); k++) {
      if (SENT_LINE.matcher(lines[k].strip()).matches()) {
        return true;
      }
    }
    return false;
  }

  private static String withoutTrailingQuotes(String text) {
    String[] lines = text.split("\n", -1);
    int end = lines.length;
    while (end > 0 && (lines[end - 1].startsWith(">") || lines[end - 1].isBlank())) {
      end--;
    }
    return String.join("\n", java.util.Arrays.copyOfRange(lines, 0, end)).strip();
  }
}

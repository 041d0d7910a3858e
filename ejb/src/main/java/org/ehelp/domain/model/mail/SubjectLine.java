package org.ehelp.domain.model.mail;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ehelp.domain.model.request.RequestNumber;

/**
 * Reads the subject of a received message: the request reference it quotes, and the title it gives
 * once the prefixes that mail programs add are taken off.
 *
 * <p>Prefixes, in any case, with or without a space before the colon, repeated or numbered ({@code
 * Re[2]:}, {@code Re^3:}): Re, Fwd, Fw, TR (French "transféré"), AW and WG (German "Antwort",
 * "Weitergeleitet"), SV and VS (Scandinavian "svar", "videresend"), Réf and Ref, RIF, Antw, Odp,
 * YNT, ENC, RV and R. A reference is {@code [EH-1042]}, as eHelp writes it, or {@code EH-1042}
 * right after the prefixes.
 */
public final class SubjectLine {

  private static final Pattern PREFIX =
      Pattern.compile(
          "^\\s*(re|fwd?|tr|aw|wg|sv|vs|r[ée]f\\.?|rif|antw|odp|ynt|enc|rv|r)"
              + "\\s*(\\[\\d+\\]|\\^\\d+|\\(\\d+\\))?\\s*[:：]\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern BRACKETED =
      Pattern.compile("\\[\\s*EH[- ]?(\\d{1,18})\\s*]", Pattern.CASE_INSENSITIVE);
  private static final Pattern LEADING =
      Pattern.compile("^EH-(\\d{1,18})\\b\\s*[:\\-]?\\s*", Pattern.CASE_INSENSITIVE);

  private SubjectLine() {}

  /** Returns the subject without its leading reply and forward prefixes. */
  public static String withoutPrefixes(String subject) {
    if (subject == null) {
      return "";
    }
    String rest = subject.strip();
    Matcher prefix = PREFIX.matcher(rest);
    while (prefix.find()) {
      rest = rest.substring(prefix.end());
      prefix = PREFIX.matcher(rest);
    }
    return rest.strip();
  }

  /** Returns the request reference the subject quotes, if any. */
  public static Optional<RequestNumber> reference(String subject) {
    if (subject == null) {
      return Optional.empty();
    }
    Matcher bracketed = BRACKETED.matcher(subject);
    if (bracketed.find()) {
      return Optional.of(new RequestNumber(Long.parseLong(bracketed.group(1))));
    }
    Matcher leading = LEADING.matcher(withoutPrefixes(subject));
    if (leading.find()) {
      return Optional.of(new RequestNumber(Long.parseLong(leading.group(1))));
    }
    return Optional.empty();
  }

  /** Returns the title of a request opened by the message: no prefixes and no reference. */
  public static String title(String subject) {
    String rest = withoutPrefixes(subject);
    rest = BRACKETED.matcher(rest).replaceAll(" ");
    rest = LEADING.matcher(rest.strip()).replaceFirst("");
    return withoutPrefixes(rest.replaceAll("\\s+", " ").strip());
  }
}

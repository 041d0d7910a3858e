package org.ehelp.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ehelp.domain.model.notification.MailTemplate;
import org.ehelp.domain.model.notification.NotificationKind;
import org.ehelp.domain.model.notification.NotificationSettingsRepository;

/**
 * The templates of notifications, in English and French: an admin's version when there is one, else
 * the one shipped in {@code org/ehelp/mail/templates*.properties}.
 */
@ApplicationScoped
public class TemplateCatalog {

  /** The languages templates exist in; English is the fallback. */
  public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

  private static final String BUNDLE = "org.ehelp.mail.templates";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  @Inject private NotificationSettingsRepository settings;

  /** A subject and body with placeholders. */
  public record Template(String subject, String body, boolean changed) {}

  /** Returns the language templates are written in for a person of this locale. */
  public static Locale language(Locale locale) {
    return locale != null && locale.getLanguage().equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
  }

  /** Returns the template in use for the kind and language. */
  public Template template(NotificationKind kind, Locale language) {
    Locale lang = language(language);
    return settings
        .findTemplate(kind, lang.getLanguage())
        .map(t -> new Template(t.getSubject(), t.getBody(), true))
        .orElseGet(() -> shipped(kind, lang));
  }

  /** Returns the template shipped with eHelp. */
  public static Template shipped(NotificationKind kind, Locale language) {
    return new Template(
        text(kind.name() + ".subject", language), text(kind.name() + ".body", language), false);
  }

  /** Returns a shipped text that is not a template of its own, such as {@code footer}. */
  public static String text(String key, Locale language) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE, language(language), TemplateCatalog.class.getClassLoader(), NO_FALLBACK);
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** Replaces each {@code {name}} with its value; unknown placeholders are kept as written. */
  public static String fill(String template, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      matcher.appendReplacement(
          out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** Returns the admin's versions, for the templates page. */
  public List<MailTemplate> changed() {
    return settings.findTemplates();
  }
}

package org.ehelp.application.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.ehelp.application.CurrentUser;
import org.ehelp.domain.error.ActionRejectedException;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.notification.MailTemplate;
import org.ehelp.domain.model.notification.NotificationKind;
import org.ehelp.domain.model.notification.NotificationSettingsRepository;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.Role;

/** The notification templates as admins edit them, per kind and language. */
@Stateless
public class TemplateService {

  private static final Logger LOG = Logger.getLogger(TemplateService.class.getName());

  @Inject private TemplateCatalog catalog;

  @Inject private NotificationSettingsRepository settings;

  @Inject private CurrentUser currentUser;

  /** The template of one kind in one language, and whether an admin changed it. */
  public record Entry(
      NotificationKind kind, Locale language, String subject, String body, boolean changed) {}

  /** Returns every template in use, by kind and language. */
  public List<Entry> list() {
    requireAdmin();
    List<Entry> entries = new ArrayList<>();
    for (NotificationKind kind : NotificationKind.values()) {
      for (Locale language : TemplateCatalog.LANGUAGES) {
        TemplateCatalog.Template template = catalog.template(kind, language);
        entries.add(
            new Entry(kind, language, template.subject(), template.body(), template.changed()));
      }
    }
    return entries;
  }

  /** Replaces the template of a kind in a language. */
  public void change(NotificationKind kind, Locale language, String subject, String body) {
    Person admin = requireAdmin();
    String lang = TemplateCatalog.language(language).getLanguage();
    if (subject == null || subject.isBlank() || subject.length() > 500) {
      throw new InvalidInputException("EH-MAIL-400", "error.mail.templateSubject", 500);
    }
    if (body == null || body.isBlank() || body.length() > 20_000) {
      throw new InvalidInputException("EH-MAIL-400", "error.mail.templateBody", 20_000);
    }
    MailTemplate template =
        settings
            .findTemplate(kind, lang)
            .orElseGet(
                () -> {
                  MailTemplate created = new MailTemplate(kind, lang);
                  settings.add(created);
                  return created;
                });
    template.change(subject.strip(), body.strip(), admin.getId(), Times.now());
    LOG.info(() -> "Template " + kind + "/" + lang + " changed by person " + admin.getId());
  }

  /** Goes back to the template shipped with eHelp. */
  public void reset(NotificationKind kind, Locale language) {
    Person admin = requireAdmin();
    String lang = TemplateCatalog.language(language).getLanguage();
    settings.findTemplate(kind, lang).ifPresent(settings::remove);
    LOG.info(() -> "Template " + kind + "/" + lang + " reset by person " + admin.getId());
  }

  private Person requireAdmin() {
    Person caller = currentUser.require();
    if (!caller.hasRole(Role.ADMIN)) {
      throw ActionRejectedException.forbidden("error.mail.adminOnly");
    }
    return caller;
  }
}

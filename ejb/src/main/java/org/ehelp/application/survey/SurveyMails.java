package org.ehelp.application.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.ehelp.application.mail.MailSettings;
import org.ehelp.application.notification.Notice;
import org.ehelp.application.notification.OutboxWriter;
import org.ehelp.application.notification.TemplateCatalog;
import org.ehelp.domain.model.notification.NotificationKind;
import org.ehelp.domain.model.notification.NotificationSettingsRepository;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.survey.SurveyInvitation;

/**
 * Writes survey invitations and reminders to the outbox, in the caller's transaction. The event key
 * is the invitation's, so a retried run writes nothing twice.
 */
@ApplicationScoped
public class SurveyMails {

  @Inject private OutboxWriter writer;

  @Inject private NotificationSettingsRepository settings;

  @Inject private MailSettings mail;

  /** Writes the invitation; returns false when the person turned such mails off or is inactive. */
  public boolean invite(SurveyInvitation invitation) {
    return write(NotificationKind.SURVEY_INVITATION, "sv:" + invitation.getId(), invitation);
  }

  /** Writes the one reminder of an invitation. */
  public boolean remind(SurveyInvitation invitation) {
    return write(NotificationKind.SURVEY_REMINDER, "svr:" + invitation.getId(), invitation);
  }

  private boolean write(NotificationKind kind, String eventKey, SurveyInvitation invitation) {
    Person person = invitation.getPerson();
    if (!person.isActive() || settings.turnedOff(person.getId()).contains(kind)) {
      return false;
    }
    Locale language = TemplateCatalog.language(person.getLocale());
    Map<String, String> values = new HashMap<>();
    values.put("title", invitation.getCampaign().getTitle());
    values.put("request", invitation.getRequest().getNumber().toString());
    values.put("subject", invitation.getRequest().getTitle());
    values.put(
        "closes",
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(language)
            .withZone(person.getTimeZone())
            .format(invitation.getCampaign().getClosesAt()));
    values.put("link", mail.portalUrl() + "surveys/answer.xhtml?invitation=" + invitation.getId());
    return writer.toPerson(new Notice(kind, eventKey, null, values, null), person);
  }
}

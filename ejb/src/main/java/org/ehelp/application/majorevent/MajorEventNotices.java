package org.ehelp.application.majorevent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ehelp.application.mail.MailSettings;
import org.ehelp.application.notification.Notice;
import org.ehelp.application.notification.OutboxWriter;
import org.ehelp.application.notification.TemplateCatalog;
import org.ehelp.domain.i18n.Messages;
import org.ehelp.domain.model.majorevent.AttachedRequest;
import org.ehelp.domain.model.majorevent.MajorEvent;
import org.ehelp.domain.model.majorevent.MajorEventUpdate;
import org.ehelp.domain.model.notification.NotificationKind;
import org.ehelp.domain.model.notification.NotificationSettingsRepository;
import org.ehelp.domain.model.person.Person;

/**
 * Mails an update or the end of a major event to the requesters and filers of the requests attached
 * to it, through the outbox and in the caller's transaction.
 *
 * <p>The event key is the update's, so a person with several attached requests gets one message per
 * update, and a retried call writes nothing twice.
 */
@ApplicationScoped
public class MajorEventNotices {

  @Inject private OutboxWriter writer;

  @Inject private NotificationSettingsRepository settings;

  @Inject private MailSettings mail;

  /**
   * Writes the message of one update for everyone concerned.
   *
   * @return how many messages were written
   */
  public int announce(MajorEvent event, MajorEventUpdate update, List<AttachedRequest> attached) {
    NotificationKind kind =
        update.isClosing() ? NotificationKind.MAJOR_EVENT_END : NotificationKind.MAJOR_EVENT_UPDATE;
    String eventKey = "me:" + event.getId() + ":" + update.getId();

    int written = 0;
    for (Person person : recipients(attached).values()) {
      Set<NotificationKind> off = settings.turnedOff(person.getId());
      if (!person.isActive() || off.contains(kind)) {
        continue;
      }
      Notice notice = new Notice(kind, eventKey, null, values(event, update, person), null);
      if (writer.toPerson(notice, person)) {
        written++;
      }
    }
    return written;
  }

  private static Map<Long, Person> recipients(List<AttachedRequest> attached) {
    Map<Long, Person> people = new LinkedHashMap<>();
    for (AttachedRequest a : attached) {
      people.putIfAbsent(a.getRequest().getRequester().getId(), a.getRequest().getRequester());
      people.putIfAbsent(a.getRequest().getFiler().getId(), a.getRequest().getFiler());
    }
    return people;
  }

  private Map<String, String> values(MajorEvent event, MajorEventUpdate update, Person reader) {
    Locale language = TemplateCatalog.language(reader.getLocale());
    Map<String, String> values = new LinkedHashMap<>();
    values.put("title", event.getTitle());
    values.put("kind", Messages.text(language, "majorEvent.kind." + event.getKind().name()));
    values.put("note", update.getBody());
    values.put("expectedEnd", format(event.getExpectedEndAt(), reader, language));
    values.put("link", mail.portalUrl() + "events/view.xhtml?id=" + event.getId());
    return values;
  }

  private static String format(Instant instant, Person reader, Locale language) {
    if (instant == null) {
      return Messages.text(language, "majorEvent.endUnknown");
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
        .withLocale(language)
        .withZone(reader.getTimeZone())
        .format(instant);
  }
}

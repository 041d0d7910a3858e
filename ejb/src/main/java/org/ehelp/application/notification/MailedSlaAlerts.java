package org.ehelp.application.notification;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.ehelp.application.sla.SlaAlerts;
import org.ehelp.domain.i18n.Messages;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.notification.NotificationKind;
import org.ehelp.domain.model.notification.NotificationRules;
import org.ehelp.domain.model.notification.NotificationSettingsRepository;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.PersonRepository;
import org.ehelp.domain.model.request.AccessRule;
import org.ehelp.domain.model.request.RequestRepository;
import org.ehelp.domain.model.request.ServiceRequest;
import org.ehelp.domain.model.sla.SlaAlert;
import org.ehelp.domain.model.sla.Threshold;

/**
 * Mails each SLA alert to its recipients, through the outbox and in the transaction that records
 * the alert. An alert raised outside business hours waits in the outbox until its delivery time.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class MailedSlaAlerts implements SlaAlerts {

  private static final Logger LOG = Logger.getLogger(MailedSlaAlerts.class.getName());

  @Inject @Delegate private SlaAlerts recorded;

  @Inject private RequestRepository requests;

  @Inject private PersonRepository people;

  @Inject private OutboxWriter writer;

  @Inject private NotificationSettingsRepository settings;

  @Override
  public boolean raise(SlaAlert alert) {
    if (!recorded.raise(alert)) {
      return false;
    }
    Optional<ServiceRequest> found = requests.findById(alert.getRequestId());
    if (found.isEmpty()) {
      LOG.warning(() -> "SLA alert for request " + alert.getRequestId() + ", which is gone");
      return true;
    }
    ServiceRequest request = found.get();
    NotificationKind kind =
        alert.getThreshold() == Threshold.BREACH
            ? NotificationKind.SLA_BREACH
            : NotificationKind.SLA_WARNING;
    String eventKey = "sla:" + alert.getId();
    for (SlaAlert.Recipient recipient : alert.getRecipients()) {
      Optional<Person> person = people.findById(recipient.getPersonId());
      if (person.isEmpty() || !person.get().isActive()) {
        continue;
      }
      Person reader = person.get();
      if (!AccessRule.canRead(reader, request)) {
        continue;
      }
      Set<NotificationKind> off = settings.turnedOff(reader.getId());
      if (off.contains(kind) && !mandatory(kind, recipient)) {
        continue;
      }
      Notice notice =
          new Notice(kind, eventKey, request.getId(), values(alert, request, reader), null);
      writer.toPerson(notice, reader, alert.getDeliverAfter());
    }
    alert.markDelivered(Times.now());
    return true;
  }

  /**
   * Checks whether the recipient's part on the request makes the alert one they cannot turn off.
   */
  private static boolean mandatory(NotificationKind kind, SlaAlert.Recipient recipient) {
    return NotificationRules.of(kind).stream()
        .anyMatch(r -> r.mandatory() && r.audience().name().equals(recipient.getParty().name()));
  }

  private static Map<String, String> values(SlaAlert alert, ServiceRequest request, Person reader) {
    Locale language = TemplateCatalog.language(reader.getLocale());
    Map<String, String> values = new HashMap<>(NotificationService.values(request, "eHelp", ""));
    values.put("target", Messages.text(language, "sla.target." + alert.getTarget().name()));
    values.put(
        "reached",
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(language)
            .withZone(reader.getTimeZone())
            .format(alert.getReachedAt()));
    values.put("state", Messages.text(language, "state." + request.getState().name()));
    return values;
  }
}

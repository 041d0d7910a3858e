package org.ehelp.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.ehelp.domain.i18n.Messages;
import org.ehelp.domain.model.notification.NotificationKind;
import org.ehelp.domain.model.notification.NotificationSettingsRepository;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.request.AccessRule;
import org.ehelp.domain.model.request.Action;
import org.ehelp.domain.model.request.Channel;
import org.ehelp.domain.model.request.Comment;
import org.ehelp.domain.model.request.CommentAdded;
import org.ehelp.domain.model.request.HistoryEntry;
import org.ehelp.domain.model.request.RequestChanged;
import org.ehelp.domain.model.request.ServiceRequest;
import org.ehelp.domain.model.request.ValidationReminded;

/**
 * Notifies the people concerned by every lifecycle action and every comment, by writing to the
 * outbox in the transaction of the change: a change that rolls back leaves no notification, and one
 * that commits leaves all of them. Imports notify nobody: the history they bring happened
 * elsewhere. Later actions on an imported request notify as usual.
 */
@ApplicationScoped
public class NotificationService {

  private static final Logger LOG = Logger.getLogger(NotificationService.class.getName());

  @Inject private Recipients recipients;

  @Inject private OutboxWriter writer;

  @Inject private NotificationSettingsRepository settings;

  void onChange(@Observes RequestChanged change) {
    ServiceRequest request = change.request();
    HistoryEntry entry = change.entry();
    boolean imported =
        entry.getAction() == Action.IMPORT
            || (entry.getAction() == Action.FILE && request.getChannel() == Channel.IMPORT);
    if (imported) {
      return;
    }
    java.util.Optional<NotificationKind> found = NotificationKind.of(entry.getAction());
    if (found.isEmpty()) {
      LOG.warning(
          () -> "Action " + entry.getAction() + " has no kind of notification; nobody is told");
      return;
    }
    NotificationKind kind = found.get();
    // Filing writes no note; its notification shows what was asked instead.
    String note = entry.getAction() == Action.FILE ? request.getDescription() : entry.getNote();
    Map<String, String> values = values(request, entry.getActorName(), note);
    notify(
        new Notice(kind, "h:" + entry.getId(), request.getId(), values, null),
        request,
        entry.getActor(),
        entry,
        false);
  }

  void onComment(@Observes CommentAdded added) {
    ServiceRequest request = added.request();
    Comment comment = added.comment();
    NotificationKind kind =
        comment.isInternal() ? NotificationKind.INTERNAL_NOTE : NotificationKind.COMMENT;
    Map<String, String> values =
        values(request, comment.getAuthor().getDisplayName(), comment.getBody());
    notify(
        new Notice(kind, "c:" + comment.getId(), request.getId(), values, null),
        request,
        comment.getAuthor(),
        null,
        comment.isInternal());
  }

  void onReminder(@Observes ValidationReminded reminded) {
    ServiceRequest request = reminded.request();
    Map<String, String> values = values(request, null, "");
    String eventKey = "rv:" + request.getId() + ":" + request.getValidationSentAt().toEpochMilli();
    notify(
        new Notice(NotificationKind.VALIDATION_REMINDER, eventKey, request.getId(), values, null),
        request,
        null,
        null,
        false);
  }

  private void notify(
      Notice notice, ServiceRequest request, Person actor, HistoryEntry entry, boolean staffOnly) {
    java.time.Instant at = entry == null ? null : entry.getOccurredAt();
    List<Recipients.Recipient> targets = recipients.of(notice.kind(), request, actor, at);
    int written = 0;
    for (Recipients.Recipient target : targets) {
      Person person = target.person();
      if (!AccessRule.canRead(person, request) || (staffOnly && !person.isStaff())) {
        continue;
      }
      Set<NotificationKind> off = settings.turnedOff(person.getId());
      if (!target.mandatory() && off.contains(notice.kind())) {
        continue;
      }
      if (writer.toPerson(localized(notice, person.getLocale(), request), person)) {
        written++;
      }
    }
    int count = written;
    LOG.fine(() -> "Request " + request.getNumber() + ": " + notice.kind() + " notifies " + count);
  }

  /** Adds the texts that depend on the recipient's language, such as the state's name. */
  private static Notice localized(Notice notice, Locale locale, ServiceRequest request) {
    Map<String, String> values = new HashMap<>(notice.values());
    Locale language = TemplateCatalog.language(locale);
    values.put("state", Messages.text(language, "state." + request.getState().name()));
    return new Notice(
        notice.kind(), notice.eventKey(), notice.requestId(), values, notice.inReplyTo());
  }

  static Map<String, String> values(ServiceRequest request, String actor, String note) {
    Map<String, String> values = new HashMap<>();
    values.put("title", request.getTitle());
    values.put("actor", actor == null ? "eHelp" : actor);
    values.put("note", note == null ? "" : note);
    values.put("requester", request.getRequester().getDisplayName());
    values.put(
        "technician",
        request.getTechnician() == null ? "" : request.getTechnician().getDisplayName());
    return values;
  }
}

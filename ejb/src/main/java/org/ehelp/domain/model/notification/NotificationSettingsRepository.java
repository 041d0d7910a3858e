package org.ehelp.domain.model.notification;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Templates admins changed, and the kinds of notification people turned off. */
public interface NotificationSettingsRepository {

  Optional<MailTemplate> findTemplate(NotificationKind kind, String language);

  List<MailTemplate> findTemplates();

  void add(MailTemplate template);

  void remove(MailTemplate template);

  /** Returns the kinds the person turned off. */
  Set<NotificationKind> turnedOff(long personId);

  Optional<NotificationPreference> findPreference(long personId, NotificationKind kind);

  void add(NotificationPreference preference);
}

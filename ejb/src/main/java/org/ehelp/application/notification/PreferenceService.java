package org.ehelp.application.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ehelp.application.CurrentUser;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.model.notification.NotificationKind;
import org.ehelp.domain.model.notification.NotificationPreference;
import org.ehelp.domain.model.notification.NotificationRules;
import org.ehelp.domain.model.notification.NotificationSettingsRepository;
import org.ehelp.domain.model.person.Person;

/**
 * Each person's notification choices. A person may turn off every kind that reaches them in an
 * optional role; the notifications that ask them to act arrive anyway.
 */
@Stateless
public class PreferenceService {

  @Inject private CurrentUser currentUser;

  @Inject private NotificationSettingsRepository settings;

  /**
   * One kind of notification as the caller sees it.
   *
   * @param canTurnOff false when the kind reaches the caller only where they must act
   */
  public record Choice(NotificationKind kind, boolean enabled, boolean canTurnOff) {}

  /** Returns the caller's choices for every kind that can reach them. */
  public List<Choice> mine() {
    Person me = currentUser.require();
    Set<NotificationKind> off = settings.turnedOff(me.getId());
    List<Choice> choices = new ArrayList<>();
    for (NotificationKind kind : NotificationKind.values()) {
      if (kind.isAnswer() && kind != NotificationKind.RECEIVED) {
        continue;
      }
      boolean concerns =
          kind == NotificationKind.RECEIVED || NotificationRules.concerns(kind, me.getRoles());
      if (concerns) {
        boolean canTurnOff =
            kind == NotificationKind.RECEIVED || NotificationRules.canTurnOff(kind, me.getRoles());
        choices.add(new Choice(kind, !off.contains(kind), canTurnOff));
      }
    }
    return choices;
  }

  /** Changes the caller's choices; kinds left out keep their choice. */
  public List<Choice> change(Map<NotificationKind, Boolean> wanted) {
    Person me = currentUser.require();
    Map<NotificationKind, Choice> current = new java.util.EnumMap<>(NotificationKind.class);
    mine().forEach(c -> current.put(c.kind(), c));
    for (Map.Entry<NotificationKind, Boolean> entry : wanted.entrySet()) {
      Choice choice = current.get(entry.getKey());
      if (choice == null || entry.getValue() == null) {
        throw new InvalidInputException(
            "EH-MAIL-400", "error.mail.preferenceUnknown", entry.getKey());
      }
      if (!choice.canTurnOff() && !entry.getValue()) {
        throw new InvalidInputException(
            "EH-MAIL-400", "error.mail.preferenceMandatory", entry.getKey());
      }
      NotificationPreference preference =
          settings
              .findPreference(me.getId(), entry.getKey())
              .orElseGet(
                  () -> {
                    NotificationPreference created =
                        new NotificationPreference(me.getId(), entry.getKey(), true);
                    settings.add(created);
                    return created;
                  });
      preference.choose(entry.getValue());
    }
    return mine();
  }
}

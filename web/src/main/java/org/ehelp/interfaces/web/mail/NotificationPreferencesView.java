package org.ehelp.interfaces.web.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ehelp.application.notification.PreferenceService;
import org.ehelp.domain.model.notification.NotificationKind;
import org.ehelp.interfaces.web.support.Texts;

/** The page where each person chooses which notifications they receive. */
@Named
@RequestScoped
public class NotificationPreferencesView {

  @Inject private PreferenceService preferences;

  private List<PreferenceService.Choice> choices;
  private final Map<String, Boolean> wanted = new java.util.HashMap<>();

  @PostConstruct
  void load() {
    choices = preferences.mine();
    choices.forEach(c -> wanted.put(c.kind().name(), c.enabled()));
  }

  /** Saves the choices of the kinds the person may turn off. */
  public void save() {
    Map<NotificationKind, Boolean> changes = new EnumMap<>(NotificationKind.class);
    for (PreferenceService.Choice choice : choices) {
      if (choice.canTurnOff()) {
        changes.put(choice.kind(), Boolean.TRUE.equals(wanted.get(choice.kind().name())));
      }
    }
    choices = preferences.change(changes);
    Texts.flashInfo("portal.mail.preferences.saved");
  }

  public List<PreferenceService.Choice> getChoices() {
    return choices;
  }

  /** Returns the checkbox values by kind name, for the page to bind to. */
  public Map<String, Boolean> getWanted() {
    return wanted;
  }
}

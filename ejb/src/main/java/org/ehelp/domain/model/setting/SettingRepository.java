package org.ehelp.domain.model.setting;

import java.util.Optional;

/** The settings admins changed in the portal; a missing key means the configured default. */
public interface SettingRepository {

  Optional<String> find(String key);

  /** Stores a value, replacing the one before. */
  void put(String key, String value);

  /** Removes the key, so that the configured default applies again. */
  void remove(String key);
}

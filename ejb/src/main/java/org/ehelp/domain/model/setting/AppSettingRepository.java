package org.ehelp.domain.model.setting;

import java.util.Optional;

/** The settings administrators change at run time, by key. */
public interface AppSettingRepository {

  Optional<String> find(String key);

  /** Stores the value, or removes the key when {@code value} is null, restoring its default. */
  void put(String key, String value);
}

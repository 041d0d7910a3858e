package org.ehelp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.ehelp.domain.model.setting.AppSetting;
import org.ehelp.domain.model.setting.AppSettingRepository;

@ApplicationScoped
public class JpaAppSettingRepository implements AppSettingRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<String> find(String key) {
    return Optional.ofNullable(em.find(AppSetting.class, key)).map(AppSetting::getValue);
  }

  @Override
  public void put(String key, String value) {
    AppSetting setting = em.find(AppSetting.class, key);
    if (value == null) {
      if (setting != null) {
        em.remove(setting);
      }
    } else if (setting == null) {
      em.persist(new AppSetting(key, value));
    } else {
      setting.changeValue(value);
    }
  }
}

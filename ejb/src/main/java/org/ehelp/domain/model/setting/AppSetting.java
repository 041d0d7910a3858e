package org.ehelp.domain.model.setting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One setting an administrator changed at run time. Settings live in the database, so that every
 * instance of a cluster reads the same value; a key without a row falls back to its default.
 */
@Entity
@Table(name = "app_setting")
public class AppSetting {

  @Id
  @Column(name = "setting_key")
  private String key;

  @Column(name = "setting_value")
  private String value;

  protected AppSetting() {}

  public AppSetting(String key, String value) {
    this.key = key;
    this.value = value;
  }

  public String getKey() {
    return key;
  }

  public String getValue() {
    return value;
  }

  public void changeValue(String value) {
    this.value = value;
  }
}

package org.ehelp.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A person's choice for one kind of notification; a kind without a choice is on. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

  @Id
  @SequenceGenerator(
      name = "notification_pref_seq",
      sequenceName = "notification_pref_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_pref_seq")
  private Long id;

  @Column(name = "person_id")
  private long personId;

  @Enumerated(EnumType.STRING)
  private NotificationKind kind;

  private boolean enabled;

  protected NotificationPreference() {}

  public NotificationPreference(long personId, NotificationKind kind, boolean enabled) {
    this.personId = personId;
    this.kind = kind;
    this.enabled = enabled;
  }

  public void choose(boolean enabled) {
    this.enabled = enabled;
  }

  public long getPersonId() {
    return personId;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public boolean isEnabled() {
    return enabled;
  }
}

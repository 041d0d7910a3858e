package org.ehelp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ehelp.domain.model.notification.MailTemplate;
import org.ehelp.domain.model.notification.NotificationKind;
import org.ehelp.domain.model.notification.NotificationPreference;
import org.ehelp.domain.model.notification.NotificationSettingsRepository;

@ApplicationScoped
public class JpaNotificationSettingsRepository implements NotificationSettingsRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<MailTemplate> findTemplate(NotificationKind kind, String language) {
    return em.createQuery(
            "SELECT t FROM MailTemplate t WHERE t.kind = :kind AND t.language = :language",
            MailTemplate.class)
        .setParameter("kind", kind)
        .setParameter("language", language)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<MailTemplate> findTemplates() {
    return em.createQuery("SELECT t FROM MailTemplate t", MailTemplate.class).getResultList();
  }

  @Override
  public void add(MailTemplate template) {
    em.persist(template);
  }

  @Override
  public void remove(MailTemplate template) {
    em.remove(template);
  }

  @Override
  public Set<NotificationKind> turnedOff(long personId) {
    Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
    kinds.addAll(
        em.createQuery(
                "SELECT p.kind FROM NotificationPreference p"
                    + " WHERE p.personId = :person AND p.enabled = FALSE",
                NotificationKind.class)
            .setParameter("person", personId)
            .getResultList());
    return kinds;
  }

  @Override
  public Optional<NotificationPreference> findPreference(long personId, NotificationKind kind) {
    return em.createQuery(
            "SELECT p FROM NotificationPreference p WHERE p.personId = :person AND p.kind = :kind",
            NotificationPreference.class)
        .setParameter("person", personId)
        .setParameter("kind", kind)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(NotificationPreference preference) {
    em.persist(preference);
  }
}

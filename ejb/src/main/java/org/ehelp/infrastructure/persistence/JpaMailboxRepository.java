package org.ehelp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ehelp.domain.model.mail.Mailbox;
import org.ehelp.domain.model.mail.MailboxRepository;

@ApplicationScoped
public class JpaMailboxRepository implements MailboxRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public List<Mailbox> findAll() {
    return em.createQuery("SELECT m FROM Mailbox m ORDER BY m.name", Mailbox.class).getResultList();
  }

  @Override
  public Optional<Mailbox> findById(long id) {
    return Optional.ofNullable(em.find(Mailbox.class, id));
  }

  @Override
  public Optional<Mailbox> findForUpdate(long id) {
    return Optional.ofNullable(em.find(Mailbox.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<Mailbox> findByName(String name) {
    return em.createQuery("SELECT m FROM Mailbox m WHERE m.name = :name", Mailbox.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Mailbox mailbox) {
    em.persist(mailbox);
    em.flush();
  }

  @Override
  public void remove(Mailbox mailbox) {
    em.remove(mailbox);
  }
}

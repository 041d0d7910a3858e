package org.ehelp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ehelp.domain.model.mail.InboundMail;
import org.ehelp.domain.model.mail.InboundMailRepository;
import org.ehelp.domain.model.mail.MailThread;
import org.ehelp.domain.model.mail.QuarantineState;
import org.ehelp.domain.model.mail.QuarantinedContent;
import org.ehelp.domain.model.mail.QuarantinedMail;

@ApplicationScoped
public class JpaInboundMailRepository implements InboundMailRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<InboundMail> find(String mailboxKey, String messageKey) {
    return em.createQuery(
            "SELECT m FROM InboundMail m WHERE m.mailboxKey = :box AND m.messageKey = :key",
            InboundMail.class)
        .setParameter("box", mailboxKey)
        .setParameter("key", messageKey)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<InboundMail> findById(long id) {
    return Optional.ofNullable(em.find(InboundMail.class, id));
  }

  @Override
  public void add(InboundMail mail) {
    em.persist(mail);
    em.flush();
  }

  @Override
  public long countFromSender(String sender, Instant since) {
    return em.createQuery(
            "SELECT COUNT(m) FROM InboundMail m WHERE m.sender = :sender AND m.receivedAt >= :since",
            Long.class)
        .setParameter("sender", sender)
        .setParameter("since", since)
        .getSingleResult();
  }

  @Override
  public List<InboundMail> findByRequest(long requestId) {
    return em.createQuery(
            "SELECT m FROM InboundMail m WHERE m.requestId = :id ORDER BY m.receivedAt, m.id",
            InboundMail.class)
        .setParameter("id", requestId)
        .getResultList();
  }

  @Override
  public void rememberThread(String messageId, long requestId) {
    if (messageId == null || messageId.isBlank()) {
      return;
    }
    String hash = MailThread.hash(messageId);
    boolean known =
        !em.createQuery("SELECT t.id FROM MailThread t WHERE t.idHash = :hash", Long.class)
            .setParameter("hash", hash)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (!known) {
      em.persist(new MailThread(messageId, requestId));
    }
  }

  @Override
  public Optional<Long> findThread(Collection<String> messageIds) {
    for (String messageId : messageIds) {
      Optional<Long> found =
          em.createQuery("SELECT t.requestId FROM MailThread t WHERE t.idHash = :hash", Long.class)
              .setParameter("hash", MailThread.hash(messageId))
              .getResultStream()
              .findFirst();
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  @Override
  public void add(QuarantinedMail quarantined, byte[] raw) {
    em.persist(quarantined);
    em.flush();
    em.persist(new QuarantinedContent(quarantined.getId(), raw));
  }

  @Override
  public Optional<QuarantinedMail> findQuarantined(long id) {
    return Optional.ofNullable(em.find(QuarantinedMail.class, id));
  }

  @Override
  public Optional<QuarantinedMail> findQuarantinedByInbound(long inboundId) {
    return em.createQuery(
            "SELECT q FROM QuarantinedMail q WHERE q.inbound.id = :id", QuarantinedMail.class)
        .setParameter("id", inboundId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<byte[]> quarantinedContent(long id) {
    return Optional.ofNullable(em.find(QuarantinedContent.class, id))
        .map(QuarantinedContent::getContent);
  }

  @Override
  public List<QuarantinedMail> listQuarantined(QuarantineState state, int offset, int limit) {
    TypedQuery<QuarantinedMail> query =
        em.createQuery(
            "SELECT q FROM QuarantinedMail q"
                + (state == null ? "" : " WHERE q.state = :state")
                + " ORDER BY q.quarantinedAt DESC, q.id DESC",
            QuarantinedMail.class);
    if (state != null) {
      query.setParameter("state", state);
    }
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public long countQuarantined(QuarantineState state) {
    TypedQuery<Long> query =
        em.createQuery(
            "SELECT COUNT(q) FROM QuarantinedMail q"
                + (state == null ? "" : " WHERE q.state = :state"),
            Long.class);
    if (state != null) {
      query.setParameter("state", state);
    }
    return query.getSingleResult();
  }
}

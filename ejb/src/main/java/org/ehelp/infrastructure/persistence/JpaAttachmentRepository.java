package org.ehelp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ehelp.domain.model.request.Attachment;
import org.ehelp.domain.model.request.AttachmentContent;
import org.ehelp.domain.model.request.AttachmentRepository;

@ApplicationScoped
public class JpaAttachmentRepository implements AttachmentRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(Attachment attachment, byte[] content, String text) {
    em.persist(attachment);
    em.flush();
    em.persist(new AttachmentContent(attachment.getId(), content, text));
    em.flush();
  }

  @Override
  public Optional<Attachment> findById(long id) {
    return Optional.ofNullable(em.find(Attachment.class, id));
  }

  @Override
  public List<Attachment> findByRequest(long requestId) {
    return em.createQuery(
            "SELECT a FROM Attachment a WHERE a.request.id = :id ORDER BY a.uploadedAt, a.id",
            Attachment.class)
        .setParameter("id", requestId)
        .getResultList();
  }

  @Override
  public Optional<byte[]> content(long attachmentId) {
    return Optional.ofNullable(em.find(AttachmentContent.class, attachmentId))
        .map(AttachmentContent::getContent);
  }

  @Override
  public Map<Long, String> texts(long requestId) {
    Map<Long, String> texts = new HashMap<>();
    em.createQuery(
            "SELECT c.attachmentId, c.text FROM AttachmentContent c WHERE c.text IS NOT NULL"
                + " AND c.attachmentId IN (SELECT a.id FROM Attachment a WHERE a.request.id = :id)",
            Object[].class)
        .setParameter("id", requestId)
        .getResultList()
        .forEach(row -> texts.put((Long) row[0], (String) row[1]));
    return texts;
  }
}

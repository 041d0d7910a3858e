package org.ehelp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ehelp.domain.model.request.Attachment;
import org.ehelp.domain.model.request.AttachmentContent;
import org.ehelp.domain.model.request.AttachmentRepository;

@ApplicationScoped
public class JpaAttachmentRepository implements AttachmentRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(Attachment attachment, byte[] content) {
    em.persist(attachment);
    em.flush();
    em.persist(new AttachmentContent(attachment.getId(), content));
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
}

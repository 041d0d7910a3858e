package org.ehelp.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneOffset;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.request.AttachmentAdded;
import org.ehelp.domain.model.request.CommentAdded;
import org.ehelp.domain.model.request.RequestChanged;

/**
 * Records which documents changed, in the transaction of the change: if the change rolls back, so
 * does the row, and once it commits every instance's indexer will apply it.
 */
@ApplicationScoped
public class SearchJournal {

  /** The type of request documents. */
  public static final String REQUEST = "REQUEST";

  @PersistenceContext private EntityManager em;

  /**
   * Records that the document {@code type}/{@code id} changed or was removed. Call it inside the
   * transaction that made the change; a source for {@code type} must exist.
   */
  public void record(String type, String id) {
    em.createNativeQuery(
            "INSERT INTO search_journal (doc_type, doc_id, created_at) VALUES (?, ?, ?)")
        .setParameter(1, type)
        .setParameter(2, id)
        .setParameter(3, Times.now().atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }

  void onRequestChanged(@Observes RequestChanged event) {
    var history = event.request().getHistory();
    if (history.get(history.size() - 1).getSeq() == event.entry().getSeq()) {
      record(REQUEST, event.request().getId().toString());
    }
  }

  void onCommentAdded(@Observes CommentAdded event) {
    record(REQUEST, event.request().getId().toString());
  }

  void onAttachmentAdded(@Observes AttachmentAdded event) {
    record(REQUEST, event.request().getId().toString());
  }
}

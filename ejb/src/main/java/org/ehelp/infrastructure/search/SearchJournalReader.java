package org.ehelp.infrastructure.search;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Reads and prunes the search journal, each call in a transaction of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SearchJournalReader {

  @PersistenceContext private EntityManager em;

  /** Lists up to {@code limit} rows after {@code afterId}, in id order. */
  public List<JournalRow> after(long afterId, int limit) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, doc_type, doc_id, created_at FROM search_journal"
                    + " WHERE id > ? ORDER BY id")
            .setParameter(1, afterId)
            .setMaxResults(limit)
            .getResultList();
    return rows.stream().map(r -> JournalRow.of((Object[]) r)).toList();
  }

  /** Returns the highest id written so far, 0 when the journal is empty. */
  public long lastId() {
    Object max = em.createNativeQuery("SELECT MAX(id) FROM search_journal").getSingleResult();
    return max == null ? 0 : ((Number) max).longValue();
  }

  /** Returns the highest id pruned so far; an index behind it has missed changes. */
  public long prunedThrough() {
    Object id =
        em.createNativeQuery("SELECT through_id FROM search_journal_pruned WHERE id = 1")
            .getSingleResult();
    return ((Number) id).longValue();
  }

  /** Deletes the rows written before {@code before}, recording the highest id deleted. */
  public int prune(Instant before) {
    OffsetDateTime cutoff = before.atOffset(ZoneOffset.UTC);
    em.createNativeQuery(
            "UPDATE search_journal_pruned SET through_id = COALESCE((SELECT MAX(id)"
                + " FROM search_journal WHERE created_at < ?), through_id) WHERE id = 1")
        .setParameter(1, cutoff)
        .executeUpdate();
    return em.createNativeQuery("DELETE FROM search_journal WHERE created_at < ?")
        .setParameter(1, cutoff)
        .executeUpdate();
  }

  /** One journal row. */
  public record JournalRow(long id, String type, String docId, Instant createdAt) {

    static JournalRow of(Object[] row) {
      return new JournalRow(
          ((Number) row[0]).longValue(), (String) row[1], (String) row[2], instant(row[3]));
    }

    private static Instant instant(Object value) {
      if (value instanceof OffsetDateTime odt) {
        return odt.toInstant();
      }
      if (value instanceof java.sql.Timestamp ts) {
        return ts.toInstant();
      }
      if (value instanceof Instant instant) {
        return instant;
      }
      throw new IllegalStateException("Unexpected journal time " + value);
    }
  }
}

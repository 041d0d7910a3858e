package org.ehelp.search.impl;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the facet terms of every matching document, so counts cover what the query (reader filter
 * included) matched and nothing else. Counts by ordinal within a segment, then by term.
 */
final class FacetCollectorManager
    implements CollectorManager<FacetCollectorManager.Counter, Map<String, Long>> {

  @Override
  public Counter newCollector() {
    return new Counter();
  }

  @Override
  public Map<String, Long> reduce(Collection<Counter> collectors) {
    Map<String, Long> totals = new HashMap<>();
    collectors.forEach(c -> c.counts.forEach((term, n) -> totals.merge(term, n, Long::sum)));
    return totals;
  }

  /** The counter of one search thread. */
  static final class Counter implements Collector {

    private final Map<String, Long> counts = new HashMap<>();

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      SortedSetDocValues values = DocValues.getSortedSet(context.reader(), Fields.FACET);
      long[] perOrdinal = new long[(int) values.getValueCount()];
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          if (values.advanceExact(doc)) {
            for (int i = 0; i < values.docValueCount(); i++) {
              perOrdinal[(int) values.nextOrd()]++;
            }
          }
        }

        @Override
        public void finish() throws IOException {
          for (int ord = 0; ord < perOrdinal.length; ord++) {
            if (perOrdinal[ord] > 0) {
              counts.merge(values.lookupOrd(ord).utf8ToString(), perOrdinal[ord], Long::sum);
            }
          }
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}

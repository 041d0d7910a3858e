package org.ehelp.interfaces.web.support;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ehelp.application.Page;
import org.ehelp.application.RequestSummary;
import org.ehelp.domain.model.request.RequestOrder;
import org.ehelp.domain.model.sla.SlaLevel;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy request table over keyset pages: it remembers the cursor at which each page it has shown
 * starts, so paging forward or back costs one query, and a jump to a far page walks there in steps
 * of at most {@link #MAX_STEP} rows. The table's SLA column filters by SLA level and sorts by SLA
 * deadline. The page source passes both to the database query.
 */
public class RequestListModel extends LazyDataModel<RequestSummary> {

  private static final long serialVersionUID = 1L;

  /** The largest page the request service returns. */
  private static final int MAX_STEP = 200;

  private final PageSource source;
  private final TreeMap<Integer, String> cursors = new TreeMap<>();
  private List<RequestSummary> shown = List.of();
  private int cursorPageSize;
  private SlaOptions options = new SlaOptions(Set.of(), RequestOrder.NEWEST);

  /** The field name of the SLA column, under which the table reports its filter and sort. */
  public static final String SLA_FIELD = "sla";

  /** Fetches one keyset page of the list; a serializable lambda over the view's service. */
  @FunctionalInterface
  public interface PageSource extends Serializable {
    Page<RequestSummary> fetch(SlaOptions sla, String cursor, int limit);
  }

  /**
   * The SLA conditions chosen in the table.
   *
   * @param levels the SLA levels shown, or empty for all
   */
  public record SlaOptions(Set<SlaLevel> levels, RequestOrder order) implements Serializable {}

  public RequestListModel(PageSource source) {
    this.source = source;
    reset();
  }

  /** Forgets the remembered cursors, after the criteria changed. */
  public final void reset() {
    cursors.clear();
    cursors.put(0, null);
    cursorPageSize = 0;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    SlaOptions counted = new SlaOptions(levels(filterBy), options.order());
    return (int) Math.min(Integer.MAX_VALUE, source.fetch(counted, null, 1).total());
  }

  @Override
  public List<RequestSummary> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int limit = Math.max(1, Math.min(pageSize, MAX_STEP));
    SlaOptions chosen = new SlaOptions(levels(filterBy), order(sortBy));
    if (!chosen.equals(options)) {
      reset();
      options = chosen;
    }
    if (limit != cursorPageSize) {
      reset();
      cursorPageSize = limit;
    }

    Map.Entry<Integer, String> start = cursors.floorEntry(first);
    int position = start.getKey();
    String cursor = start.getValue();
    while (position < first) {
      int step = Math.min(MAX_STEP, first - position);
      cursor = source.fetch(options, cursor, step).next();
      if (cursor == null) {
        shown = List.of();
        return shown;
      }
      position += step;
      cursors.put(position, cursor);
    }

    Page<RequestSummary> page = source.fetch(options, cursor, limit);
    setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
    if (page.next() != null) {
      cursors.put(first + limit, page.next());
    }
    shown = page.items();
    return shown;
  }

  private static RequestOrder order(Map<String, SortMeta> sortBy) {
    SortMeta sla = sortBy == null ? null : sortBy.get(SLA_FIELD);
    return sla != null && sla.getOrder() != SortOrder.UNSORTED
        ? RequestOrder.SLA_DUE
        : RequestOrder.NEWEST;
  }

  /** Reads the levels chosen in the SLA column's filter: names, as a list, an array or one. */
  private static Set<SlaLevel> levels(Map<String, FilterMeta> filterBy) {
    FilterMeta filter = filterBy == null ? null : filterBy.get(SLA_FIELD);
    Object value = filter == null ? null : filter.getFilterValue();
    List<Object> names = new ArrayList<>();
    if (value instanceof Collection<?> many) {
      names.addAll(many);
    } else if (value instanceof Object[] array) {
      names.addAll(Arrays.asList(array));
    } else if (value != null) {
      names.add(value);
    }
    Set<SlaLevel> levels = EnumSet.noneOf(SlaLevel.class);
    for (Object name : names) {
      for (SlaLevel level : SlaLevel.values()) {
        if (level.name().equals(String.valueOf(name))) {
          levels.add(level);
        }
      }
    }
    return levels;
  }

  @Override
  public String getRowKey(RequestSummary request) {
    return String.valueOf(request.id());
  }

  @Override
  public RequestSummary getRowData(String rowKey) {
    Map<String, RequestSummary> byKey = new HashMap<>();
    shown.forEach(r -> byKey.put(getRowKey(r), r));
    return byKey.get(rowKey);
  }
}

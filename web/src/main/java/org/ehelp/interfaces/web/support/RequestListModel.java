package org.ehelp.interfaces.web.support;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ehelp.application.Page;
import org.ehelp.application.RequestSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy request table over keyset pages: it remembers the cursor at which each page it has shown
 * starts, so paging forward or back costs one query, and a jump to a far page walks there in steps
 * of at most {@link #MAX_STEP} rows.
 */
public class RequestListModel extends LazyDataModel<RequestSummary> {

  private static final long serialVersionUID = 1L;

  /** The largest page the request service returns. */
  private static final int MAX_STEP = 200;

  private final PageSource source;
  private final TreeMap<Integer, String> cursors = new TreeMap<>();
  private List<RequestSummary> shown = List.of();
  private int cursorPageSize;

  /** Fetches one keyset page of the list; a serializable lambda over the view's service. */
  @FunctionalInterface
  public interface PageSource extends Serializable {
    Page<RequestSummary> fetch(String cursor, int limit);
  }

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
    return (int) Math.min(Integer.MAX_VALUE, source.fetch(null, 1).total());
  }

  @Override
  public List<RequestSummary> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int limit = Math.max(1, Math.min(pageSize, MAX_STEP));
    if (limit != cursorPageSize) {
      reset();
      cursorPageSize = limit;
    }

    Map.Entry<Integer, String> start = cursors.floorEntry(first);
    int position = start.getKey();
    String cursor = start.getValue();
    while (position < first) {
      int step = Math.min(MAX_STEP, first - position);
      cursor = source.fetch(cursor, step).next();
      if (cursor == null) {
        shown = List.of();
        return shown;
      }
      position += step;
      cursors.put(position, cursor);
    }

    Page<RequestSummary> page = source.fetch(cursor, limit);
    setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
    if (page.next() != null) {
      cursors.put(first + limit, page.next());
    }
    shown = page.items();
    return shown;
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

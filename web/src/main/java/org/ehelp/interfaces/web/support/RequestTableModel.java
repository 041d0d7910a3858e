package org.ehelp.interfaces.web.support;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ehelp.application.Page;
import org.ehelp.application.RequestSummary;
import org.ehelp.domain.model.request.Priority;
import org.ehelp.domain.model.request.RequestFilter;
import org.ehelp.domain.model.request.RequestOrder;
import org.ehelp.domain.model.request.RequestSort;
import org.ehelp.domain.model.request.RequestState;
import org.ehelp.domain.model.sla.SlaLevel;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy request table: each page is read from the database in the order and with the column
 * filters the reader chose, so the cost of a page does not follow the size of the list. Column
 * {@code field} names are the lower-case names of {@link RequestSort.Field}; the filterable ones
 * are {@code title} (text or request number), {@code state}, {@code priority} and {@code sla} (SLA
 * levels).
 */
public class RequestTableModel extends LazyDataModel<RequestSummary> {

  private static final long serialVersionUID = 1L;

  /** The largest page the request service returns. */
  private static final int MAX_PAGE = 200;

  private final PageSource source;
  private final RequestSort defaultSort;
  private List<RequestSummary> shown = List.of();

  /** Reads the list; implemented by the view over its service and kept with the view. */
  public interface PageSource extends Serializable {
    /** Reads one page, given the column filters to add to the view's own criteria. */
    Page<RequestSummary> fetch(RequestFilter columnFilter, RequestSort sort, int offset, int limit);

    /** Counts the rows of the whole list, with the same column filters. */
    long count(RequestFilter columnFilter);
  }

  /**
   * @param source reads the pages and the count of the list
   * @param defaultSort the order until the reader sorts a column
   */
  public RequestTableModel(PageSource source, RequestSort defaultSort) {
    this.source = source;
    this.defaultSort = defaultSort;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int)
        Math.min(
            Integer.MAX_VALUE, source.fetch(columnFilter(filterBy), defaultSort, 0, 1).total());
  }

  @Override
  public List<RequestSummary> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int limit = Math.max(1, Math.min(pageSize, MAX_PAGE));
    Page<RequestSummary> page =
        source.fetch(columnFilter(filterBy), sort(sortBy), Math.max(0, first), limit);
    setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
    shown = page.items();
    return shown;
  }

  /** Returns the rows of the page shown last, so that an include can read their ids at once. */
  public List<RequestSummary> getShown() {
    return shown;
  }

  private RequestSort sort(Map<String, SortMeta> sortBy) {
    if (sortBy == null) {
      return defaultSort;
    }
    return sortBy.values().stream()
        .filter(meta -> meta.getOrder() != null && meta.getOrder() != SortOrder.UNSORTED)
        .findFirst()
        .flatMap(
            meta ->
                field(meta.getField())
                    .map(f -> new RequestSort(f, meta.getOrder() == SortOrder.DESCENDING)))
        .orElse(defaultSort);
  }

  private static Optional<RequestSort.Field> field(String name) {
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(RequestSort.Field.valueOf(name.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Turns the column filters into criteria; unknown columns and values are ignored. */
  static RequestFilter columnFilter(Map<String, FilterMeta> filterBy) {
    Map<String, Object> values = new HashMap<>();
    if (filterBy != null) {
      filterBy.forEach(
          (key, meta) -> {
            Object value = meta.getFilterValue();
            if (value != null && !(value instanceof String text && text.isBlank())) {
              values.put(meta.getField() == null ? key : meta.getField(), value);
            }
          });
    }
    Set<RequestState> states = enums(values.get("state"), RequestState.class);
    Set<Priority> priorities = enums(values.get("priority"), Priority.class);
    Set<SlaLevel> slaLevels = enums(values.get("sla"), SlaLevel.class);
    Object title = values.get("title");
    RequestFilter columns =
        new RequestFilter(
            states,
            null,
            null,
            null,
            null,
            null,
            title == null ? null : title.toString(),
            null,
            null,
            priorities,
            Set.of());
    return columns.withSla(slaLevels, RequestOrder.NEWEST);
  }

  private static <E extends Enum<E>> Set<E> enums(Object value, Class<E> type) {
    Set<E> result = EnumSet.noneOf(type);
    if (value == null) {
      return result;
    }
    Iterable<?> items =
        value instanceof Iterable<?> list
            ? list
            : value instanceof Object[] array ? List.of(array) : List.of(value);
    for (Object item : items) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(String.valueOf(item))) {
          result.add(constant);
        }
      }
    }
    return result;
  }

  @Override
  public String getRowKey(RequestSummary request) {
    return String.valueOf(request.id());
  }

  @Override
  public RequestSummary getRowData(String rowKey) {
    return shown.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
  }
}

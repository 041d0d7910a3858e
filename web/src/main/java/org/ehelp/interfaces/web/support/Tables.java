package org.ehelp.interfaces.web.support;

import java.io.Serializable;
import java.util.function.LongFunction;
import org.ehelp.application.Page;
import org.ehelp.application.RequestService;
import org.ehelp.application.RequestSummary;
import org.ehelp.domain.model.request.RequestFilter;
import org.ehelp.domain.model.request.RequestSort;

/** Builds the lazy request tables of the views. */
public final class Tables {

  private Tables() {}

  /**
   * Returns a table of the requests matching the view's criteria for one person, narrowed by the
   * reader's column filters.
   *
   * @param criteria builds the view's criteria from the person id; called for every page, so the
   *     table keeps only the service and the id between requests
   */
  public static RequestTableModel of(
      RequestService service,
      long personId,
      SerializableCriteria criteria,
      RequestSort defaultSort) {
    RequestTableModel.PageSource source =
        new RequestTableModel.PageSource() {
          private static final long serialVersionUID = 1L;

          @Override
          public Page<RequestSummary> fetch(
              RequestFilter columns, RequestSort sort, int offset, int limit) {
            return Criteria.page(service, criteria.apply(personId), columns, sort, offset, limit);
          }

          @Override
          public long count(RequestFilter columns) {
            return Criteria.count(service, criteria.apply(personId), columns);
          }
        };
    return new RequestTableModel(source, defaultSort);
  }

  /** The criteria of a view for one person, kept with the view between requests. */
  @FunctionalInterface
  public interface SerializableCriteria extends LongFunction<RequestFilter>, Serializable {}
}

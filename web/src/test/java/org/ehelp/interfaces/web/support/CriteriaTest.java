package org.ehelp.interfaces.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ehelp.domain.model.request.Priority;
import org.ehelp.domain.model.request.RequestFilter;
import org.ehelp.domain.model.request.RequestState;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;

class CriteriaTest {

  private static final RequestFilter DESK =
      new RequestFilter(
          Set.of(RequestState.SUBMITTED, RequestState.REALIZED), 7L, null, null, null, null, null);

  @Test
  void narrow_keepsTheStatesBothAllow() {
    RequestFilter columns = columns(Map.of("state", List.of("REALIZED", "CLOSED")));

    RequestFilter narrowed = Criteria.narrow(DESK, columns).orElseThrow();

    assertEquals(Set.of(RequestState.REALIZED), narrowed.states());
    assertEquals(7L, narrowed.requesterId());
  }

  @Test
  void narrow_emptyWhenNoStateLeft() {
    RequestFilter columns = columns(Map.of("state", List.of("CLOSED")));

    assertTrue(Criteria.narrow(DESK, columns).isEmpty());
  }

  @Test
  void columnFilter_readsTextAndPriorities() {
    RequestFilter columns =
        columns(Map.of("title", "printer", "priority", new String[] {"P1", "P9"}));

    assertEquals("printer", columns.text());
    assertEquals(Set.of(Priority.P1), columns.priorities());
    assertTrue(columns.states().isEmpty());
  }

  @Test
  void pageSize_staysWithinLimits() {
    PortalLists lists = new PortalLists();

    assertEquals(20, lists.pageSize(null));
    assertEquals(20, lists.pageSize("many"));
    assertEquals(1, lists.pageSize("0"));
    assertEquals(200, lists.pageSize("100000"));
    assertEquals(50, lists.pageSize(" 50 "));
  }

  private static RequestFilter columns(Map<String, Object> values) {
    Map<String, FilterMeta> filters = new HashMap<>();
    values.forEach(
        (field, value) ->
            filters.put(field, FilterMeta.builder().field(field).filterValue(value).build()));
    return RequestTableModel.columnFilter(filters);
  }
}

package org.ehelp.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.model.request.RequestState;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

  @Test
  void constants_readsRepeatedAndCommaSeparatedStates() {
    assertEquals(
        EnumSet.of(RequestState.SUBMITTED, RequestState.DISPATCHED, RequestState.CLOSED),
        QueryParams.constants(
            "state", List.of("submitted,DISPATCHED", " closed "), RequestState.class));
    assertTrue(QueryParams.constants("state", null, RequestState.class).isEmpty());
  }

  @Test
  void constants_namesTheParameter_whenAStateIsUnknown() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> QueryParams.constants("state", List.of("OPEN"), RequestState.class));

    assertEquals(400, e.status());
    assertTrue(e.message(Locale.ENGLISH).contains("\"state\""), e.message(Locale.ENGLISH));
  }

  @Test
  void instant_readsInstantsAndWholeDays() {
    assertEquals(
        Instant.parse("2025-03-01T08:00:00Z"),
        QueryParams.instant("createdFrom", "2025-03-01T08:00:00Z", false));
    assertEquals(
        Instant.parse("2025-03-01T00:00:00Z"),
        QueryParams.instant("createdFrom", "2025-03-01", false));
    assertEquals(
        Instant.parse("2025-03-02T00:00:00Z"),
        QueryParams.instant("createdTo", "2025-03-01", true));
    assertNull(QueryParams.instant("createdTo", null, true));
    assertThrows(
        InvalidInputException.class, () -> QueryParams.instant("createdTo", "yesterday", true));
  }

  @Test
  void number_readsOrFallsBack() {
    assertEquals(50, QueryParams.number("limit", null, 50));
    assertEquals(7, QueryParams.number("limit", "7", 50));
    assertNull(QueryParams.number("requester", ""));
    assertThrows(InvalidInputException.class, () -> QueryParams.number("limit", "ten", 50));
    assertThrows(InvalidInputException.class, () -> QueryParams.number("limit", "99999999999", 50));
  }

  @Test
  void requestId_readsNumbersWithOrWithoutPrefix() {
    assertEquals(1042, QueryParams.requestId("EH-1042"));
    assertEquals(1042, QueryParams.requestId("1042"));
    assertThrows(InvalidInputException.class, () -> QueryParams.requestId("abc"));
  }
}

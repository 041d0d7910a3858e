package org.ehelp.domain.model.majorevent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MajorEventTest {

  private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
  private static final Instant END = START.plus(Duration.ofHours(4));

  private static MajorEvent event(Instant expectedEnd) {
    return new MajorEvent(
        MajorEventKind.INCIDENT, "VPN down", "No VPN", START, expectedEnd, null, START);
  }

  @Test
  void current_onlyFromStartUntilExpectedEnd() {
    MajorEvent event = event(END);

    assertFalse(event.isCurrentAt(START.minusSeconds(1)));
    assertTrue(event.isUpcomingAt(START.minusSeconds(1)));
    assertTrue(event.isCurrentAt(START));
    assertTrue(event.isCurrentAt(END.minusSeconds(1)));
    assertFalse(event.isCurrentAt(END));
    assertFalse(event.isUpcomingAt(END));
  }

  @Test
  void current_untilEndedWithoutExpectedEnd() {
    MajorEvent event = event(null);

    assertTrue(event.isCurrentAt(START.plus(Duration.ofDays(30))));

    event.end("Fixed", null, END);
    assertFalse(event.isCurrentAt(END));
    assertTrue(event.isCurrentAt(END.minusSeconds(1)));
    assertTrue(event.isEnded());
  }

  @Test
  void endingEarly_endsBeforeTheExpectedEnd() {
    MajorEvent event = event(END);
    Instant early = START.plus(Duration.ofHours(1));

    event.end("Done early", null, early);

    assertFalse(event.isCurrentAt(early.plusSeconds(1)));
    assertEquals(early, event.endsAt());
    assertTrue(event.latestUpdate().orElseThrow().isClosing());
  }

  @Test
  void update_movesTheExpectedEndOnlyWhenGiven() {
    MajorEvent event = event(END);
    Instant later = END.plus(Duration.ofHours(2));

    event.post("Still working", null, null, START.plusSeconds(60));
    assertEquals(END, event.getExpectedEndAt());
    event.post("Overrunning", later, null, START.plusSeconds(120));

    assertEquals(later, event.getExpectedEndAt());
    assertTrue(event.isCurrentAt(END.plusSeconds(60)));
    assertEquals("Overrunning", event.latestUpdate().orElseThrow().getBody());
  }
}

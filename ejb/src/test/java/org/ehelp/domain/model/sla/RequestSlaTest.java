package org.ehelp.domain.model.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ehelp.domain.model.calendar.BusinessCalendar;
import org.ehelp.domain.model.calendar.BusinessTime;
import org.ehelp.domain.model.person.EmailAddress;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.request.Action;
import org.ehelp.domain.model.request.Channel;
import org.ehelp.domain.model.request.Priority;
import org.ehelp.domain.model.request.RequestState;
import org.ehelp.domain.model.request.ServiceRequest;
import org.junit.jupiter.api.Test;

class RequestSlaTest {

  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final SlaClocks CLOCKS =
      new SlaClocks(
          new BusinessTime(BusinessCalendar.alwaysOpen(ZoneOffset.UTC)), SlaClocks.DEFAULT_PAUSED);

  private final RequestSla sla = new RequestSla(request(), T0);

  private static ServiceRequest request() {
    Person rita = new Person("rita", new EmailAddress("rita@example.com"), "Rita", T0);
    return new ServiceRequest("t", "d", Priority.P3, null, Channel.PORTAL, rita, rita, T0);
  }

  private void compute(int responseMinutes, Instant now, StateChange... changes) {
    List<StateChange> history = new ArrayList<>();
    history.add(new StateChange(T0, Action.FILE, RequestState.SUBMITTED));
    history.addAll(List.of(changes));
    sla.update(
        1L,
        2L,
        75,
        CLOCKS.replay(SlaTarget.RESPONSE, history, Duration.ofMinutes(responseMinutes), 75),
        CLOCKS.replay(SlaTarget.RESOLUTION, history, Duration.ofHours(10), 75),
        Map.of(),
        now);
  }

  @Test
  void nextCheck_isTheWarningThenTheDeadline() {
    compute(60, T0);

    assertEquals(SlaLevel.ON_TRACK, sla.getLevel());
    assertEquals(T0.plus(Duration.ofMinutes(45)), sla.getNextCheckAt());

    sla.mark(SlaTarget.RESPONSE, Threshold.WARNING);

    assertEquals(SlaLevel.WARNING, sla.getLevel());
    assertEquals(T0.plus(Duration.ofMinutes(60)), sla.getNextCheckAt());
  }

  @Test
  void longerGoal_dropsOutdatedMark() {
    compute(60, T0);
    sla.mark(SlaTarget.RESPONSE, Threshold.BREACH);

    compute(600, T0.plus(Duration.ofMinutes(70)));

    assertNull(sla.clock(SlaTarget.RESPONSE).getMarked());
    assertEquals(SlaLevel.ON_TRACK, sla.getLevel());
    assertEquals(T0.plus(Duration.ofMinutes(450)), sla.getNextCheckAt());
  }

  @Test
  void takenInCharge_showsTheResolutionTarget() {
    compute(60, T0, new StateChange(T0.plusSeconds(600), Action.TAKE, RequestState.IN_PROGRESS));

    assertEquals(SlaTarget.RESOLUTION, sla.currentTarget());
    assertEquals(T0.plus(Duration.ofHours(10)), sla.getDueAt());
    assertEquals(ClockStatus.MET, sla.clock(SlaTarget.RESPONSE).getStatus());
  }

  @Test
  void markStale_checksFirst() {
    compute(60, T0);

    sla.markStale();

    assertEquals(Instant.EPOCH, sla.getNextCheckAt());
  }
}

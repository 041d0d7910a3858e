package org.ehelp.domain.model.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ehelp.domain.model.calendar.BusinessCalendar;
import org.ehelp.domain.model.calendar.BusinessTime;
import org.ehelp.domain.model.request.Action;
import org.ehelp.domain.model.request.Party;
import org.ehelp.domain.model.request.RequestState;
import org.junit.jupiter.api.Test;

class SlaClocksTest {

  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final Duration HOUR = Duration.ofHours(1);

  private final SlaClocks clocks =
      new SlaClocks(
          new BusinessTime(BusinessCalendar.alwaysOpen(ZoneOffset.UTC)), SlaClocks.DEFAULT_PAUSED);

  /** Builds a history: pairs of minutes after T0 and action, each with the state it leads to. */
  private static List<StateChange> history(Object... steps) {
    List<StateChange> history = new ArrayList<>();
    history.add(new StateChange(T0, Action.FILE, RequestState.SUBMITTED));
    for (int i = 0; i + 2 < steps.length + 1; i += 3) {
      history.add(
          new StateChange(
              T0.plus(Duration.ofMinutes((Integer) steps[i])),
              (Action) steps[i + 1],
              (RequestState) steps[i + 2]));
    }
    return history;
  }

  @Test
  void response_runsUntilTheRequestLeavesSubmitted() {
    List<StateChange> history = history(30, Action.DISPATCH, RequestState.DISPATCHED);

    SlaClocks.Clock clock = clocks.replay(SlaTarget.RESPONSE, history, HOUR, 75);

    assertEquals(ClockStatus.MET, clock.status());
    assertEquals(T0.plus(Duration.ofMinutes(30)), clock.stoppedAt());
    assertEquals(Duration.ofMinutes(30), clock.elapsed());
  }

  @Test
  void response_lateTakeInChargeIsMissed() {
    List<StateChange> history = history(61, Action.TAKE, RequestState.IN_PROGRESS);

    SlaClocks.Clock clock = clocks.replay(SlaTarget.RESPONSE, history, HOUR, 75);

    assertEquals(ClockStatus.MISSED, clock.status());
    assertEquals(T0.plus(HOUR), clock.dueAt());
  }

  @Test
  void response_stillWaitingRunsWithItsThresholds() {
    SlaClocks.Clock clock = clocks.replay(SlaTarget.RESPONSE, history(), HOUR, 75);

    assertEquals(ClockStatus.RUNNING, clock.status());
    assertEquals(T0.plus(Duration.ofMinutes(45)), clock.warnAt());
    assertEquals(T0.plus(HOUR), clock.dueAt());
  }

  @Test
  void resolution_onHoldPausesTheClockWithoutDeadline() {
    List<StateChange> history =
        history(
            10,
            Action.DISPATCH,
            RequestState.DISPATCHED,
            20,
            Action.START,
            RequestState.IN_PROGRESS,
            30,
            Action.PUT_ON_HOLD,
            RequestState.ON_HOLD);

    SlaClocks.Clock clock = clocks.replay(SlaTarget.RESOLUTION, history, HOUR, 75);

    assertEquals(ClockStatus.PAUSED, clock.status());
    assertEquals(Duration.ofMinutes(30), clock.elapsed());
    assertNull(clock.dueAt());
    assertNull(clock.warnAt());
  }

  @Test
  void resolution_resumeMovesTheDeadlineByThePause() {
    List<StateChange> history =
        history(
            10,
            Action.TAKE,
            RequestState.IN_PROGRESS,
            30,
            Action.PUT_ON_HOLD,
            RequestState.ON_HOLD,
            130,
            Action.RESUME,
            RequestState.IN_PROGRESS);

    SlaClocks.Clock clock = clocks.replay(SlaTarget.RESOLUTION, history, HOUR, 75);

    assertEquals(ClockStatus.RUNNING, clock.status());
    assertEquals(T0.plus(Duration.ofMinutes(160)), clock.dueAt());
    assertEquals(T0.plus(Duration.ofMinutes(145)), clock.warnAt());
  }

  @Test
  void resolution_returnedAfterRealizationRunsAgain() {
    List<StateChange> history =
        history(
            5,
            Action.TAKE,
            RequestState.IN_PROGRESS,
            20,
            Action.MARK_REALIZED,
            RequestState.REALIZED,
            50,
            Action.RETURN_TO_TECHNICIAN,
            RequestState.IN_PROGRESS);

    SlaClocks.Clock clock = clocks.replay(SlaTarget.RESOLUTION, history, HOUR, 75);

    assertEquals(ClockStatus.RUNNING, clock.status());
    assertEquals(T0.plus(Duration.ofMinutes(90)), clock.dueAt());
  }

  @Test
  void resolution_realizedInTimeIsMet() {
    List<StateChange> history =
        history(
            5,
            Action.TAKE,
            RequestState.IN_PROGRESS,
            50,
            Action.MARK_REALIZED,
            RequestState.REALIZED,
            55,
            Action.SEND_FOR_VALIDATION,
            RequestState.AWAITING_VALIDATION,
            500,
            Action.ACCEPT,
            RequestState.ACCEPTED,
            501,
            Action.CLOSE,
            RequestState.CLOSED);

    SlaClocks.Clock clock = clocks.replay(SlaTarget.RESOLUTION, history, HOUR, 75);

    assertEquals(ClockStatus.MET, clock.status());
    assertEquals(Duration.ofMinutes(50), clock.elapsed());
  }

  @Test
  void resolution_withdrawnIsNotMeasured() {
    List<StateChange> history = history(5, Action.WITHDRAW, RequestState.CLOSED);

    assertEquals(
        ClockStatus.UNMEASURED, clocks.replay(SlaTarget.RESOLUTION, history, HOUR, 75).status());
    assertEquals(
        ClockStatus.UNMEASURED, clocks.replay(SlaTarget.RESPONSE, history, HOUR, 75).status());
  }

  @Test
  void importedClosedRequestIsNotMeasured() {
    List<StateChange> history = history(0, Action.IMPORT, RequestState.CLOSED);

    assertEquals(
        ClockStatus.UNMEASURED, clocks.replay(SlaTarget.RESOLUTION, history, HOUR, 75).status());
  }

  @Test
  void pausedStatesAreConfigurable() {
    SlaClocks noPause =
        new SlaClocks(new BusinessTime(BusinessCalendar.alwaysOpen(ZoneOffset.UTC)), Set.of());
    List<StateChange> history =
        history(
            10,
            Action.TAKE,
            RequestState.IN_PROGRESS,
            20,
            Action.PUT_ON_HOLD,
            RequestState.ON_HOLD);

    SlaClocks.Clock clock = noPause.replay(SlaTarget.RESOLUTION, history, HOUR, 75);

    assertEquals(ClockStatus.RUNNING, clock.status());
    assertEquals(T0.plus(HOUR), clock.dueAt());
  }

  @Test
  void heldByParty_followsWhoHasToAct() {
    List<StateChange> history =
        history(
            10,
            Action.DISPATCH,
            RequestState.DISPATCHED,
            40,
            Action.START,
            RequestState.IN_PROGRESS,
            70,
            Action.ASK_APPROVAL,
            RequestState.AWAITING_APPROVAL,
            90,
            Action.APPROVE,
            RequestState.IN_PROGRESS,
            100,
            Action.MARK_REALIZED,
            RequestState.REALIZED,
            110,
            Action.SEND_FOR_VALIDATION,
            RequestState.AWAITING_VALIDATION);

    Map<Party, Duration> held = clocks.heldByParty(history, T0.plus(Duration.ofMinutes(150)));

    assertEquals(Duration.ofMinutes(20), held.get(Party.CALL_CENTER));
    assertEquals(Duration.ofMinutes(70), held.get(Party.TECHNICIAN));
    assertEquals(Duration.ofMinutes(20), held.get(Party.RESPONSIBLE));
    assertEquals(Duration.ofMinutes(40), held.get(Party.REQUESTER));
  }
}

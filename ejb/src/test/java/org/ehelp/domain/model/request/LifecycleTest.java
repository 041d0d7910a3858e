package org.ehelp.domain.model.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.ehelp.domain.error.ActionRejectedException;
import org.ehelp.domain.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LifecycleTest {

  /**
   * The lifecycle written out independently of {@link Lifecycle}, one line per action and source
   * state: action, source, target (= for unchanged), parties allowed. Every combination of action,
   * state and party that is not listed must be refused.
   */
  private static final String EXPECTED =
      """
      REJECT               SUBMITTED           REJECTED            CALL_CENTER
      DISPATCH             SUBMITTED           DISPATCHED          CALL_CENTER
      DISPATCH             DISPATCHED          DISPATCHED          CALL_CENTER
      TAKE                 SUBMITTED           IN_PROGRESS         CALL_CENTER
      HAND_BACK            DISPATCHED          SUBMITTED           TECHNICIAN
      HAND_BACK            IN_PROGRESS         SUBMITTED           TECHNICIAN
      START                DISPATCHED          IN_PROGRESS         TECHNICIAN
      ASK_APPROVAL         IN_PROGRESS         AWAITING_APPROVAL   TECHNICIAN
      APPROVE              AWAITING_APPROVAL   IN_PROGRESS         RESPONSIBLE
      REFUSE_APPROVAL      AWAITING_APPROVAL   IN_PROGRESS         RESPONSIBLE
      PUT_ON_HOLD          IN_PROGRESS         ON_HOLD             TECHNICIAN
      RESUME               ON_HOLD             IN_PROGRESS         TECHNICIAN,SYSTEM
      ADD_TASK             IN_PROGRESS         =                   TECHNICIAN
      ADD_TASK             ON_HOLD             =                   TECHNICIAN
      START_TASK           IN_PROGRESS         =                   CONTRIBUTOR
      START_TASK           ON_HOLD             =                   CONTRIBUTOR
      START_TASK           AWAITING_APPROVAL   =                   CONTRIBUTOR
      COMPLETE_TASK        IN_PROGRESS         =                   CONTRIBUTOR
      COMPLETE_TASK        ON_HOLD             =                   CONTRIBUTOR
      COMPLETE_TASK        AWAITING_APPROVAL   =                   CONTRIBUTOR
      CANCEL_TASK          IN_PROGRESS         =                   TECHNICIAN
      CANCEL_TASK          ON_HOLD             =                   TECHNICIAN
      CANCEL_TASK          AWAITING_APPROVAL   =                   TECHNICIAN
      MARK_REALIZED        IN_PROGRESS         REALIZED            TECHNICIAN
      RETURN_TO_TECHNICIAN REALIZED            IN_PROGRESS         CALL_CENTER
      RETURN_TO_TECHNICIAN REFUSED             IN_PROGRESS         CALL_CENTER
      SEND_FOR_VALIDATION  REALIZED            AWAITING_VALIDATION CALL_CENTER
      SEND_FOR_VALIDATION  REFUSED             AWAITING_VALIDATION CALL_CENTER
      ACCEPT               AWAITING_VALIDATION ACCEPTED            REQUESTER,CALL_CENTER,SYSTEM
      REFUSE               AWAITING_VALIDATION REFUSED             REQUESTER,CALL_CENTER
      CLOSE                SUBMITTED           CLOSED              SYSTEM
      CLOSE                DISPATCHED          CLOSED              SYSTEM
      CLOSE                REALIZED            CLOSED              CALL_CENTER,SYSTEM
      CLOSE                ACCEPTED            CLOSED              CALL_CENTER,SYSTEM
      CLOSE                REFUSED             CLOSED              CALL_CENTER,SYSTEM
      WITHDRAW             SUBMITTED           CLOSED              REQUESTER,FILER
      WITHDRAW             DISPATCHED          CLOSED              REQUESTER,FILER
      RECLASSIFY           SUBMITTED           =                   CALL_CENTER,TECHNICIAN
      RECLASSIFY           DISPATCHED          =                   CALL_CENTER,TECHNICIAN
      RECLASSIFY           IN_PROGRESS         =                   CALL_CENTER,TECHNICIAN
      RECLASSIFY           AWAITING_APPROVAL   =                   CALL_CENTER,TECHNICIAN
      RECLASSIFY           ON_HOLD             =                   CALL_CENTER,TECHNICIAN
      RECLASSIFY           REALIZED            =                   CALL_CENTER,TECHNICIAN
      RECLASSIFY           AWAITING_VALIDATION =                   CALL_CENTER,TECHNICIAN
      RECLASSIFY           ACCEPTED            =                   CALL_CENTER,TECHNICIAN
      RECLASSIFY           REFUSED             =                   CALL_CENTER,TECHNICIAN
      """;

  private static final Set<Need> EVERYTHING = EnumSet.allOf(Need.class);

  record Expected(Action action, RequestState from, RequestState to, Set<Party> parties) {}

  private static Map<Action, Map<RequestState, Expected>> expected() {
    Map<Action, Map<RequestState, Expected>> table = new HashMap<>();
    EXPECTED
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .forEach(
            line -> {
              String[] cells = line.split("\\s+");
              Action action = Action.valueOf(cells[0]);
              RequestState from = RequestState.valueOf(cells[1]);
              RequestState to = cells[2].equals("=") ? from : RequestState.valueOf(cells[2]);
              Set<Party> parties = EnumSet.noneOf(Party.class);
              Arrays.stream(cells[3].split(",")).map(Party::valueOf).forEach(parties::add);
              table
                  .computeIfAbsent(action, a -> new HashMap<>())
                  .put(from, new Expected(action, from, to, parties));
            });
    return table;
  }

  static Stream<Arguments> everyCombination() {
    List<Arguments> all = new ArrayList<>();
    for (Action action : Action.values()) {
      if (action == Action.FILE || action == Action.IMPORT) {
        continue;
      }
      for (RequestState state : RequestState.values()) {
        for (Party party : Party.values()) {
          all.add(Arguments.of(action, state, party));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} from {1} by {2}")
  @MethodSource("everyCombination")
  void authorize_matchesTheWrittenLifecycle(Action action, RequestState state, Party party) {
    Expected rule = expected().getOrDefault(action, Map.of()).get(state);

    if (rule == null) {
      ActionRejectedException e =
          assertThrows(
              ActionRejectedException.class,
              () -> Lifecycle.authorize("EH-1", action, state, Set.of(party), EVERYTHING));
      assertEquals(409, e.status());
    } else if (!rule.parties().contains(party)) {
      ActionRejectedException e =
          assertThrows(
              ActionRejectedException.class,
              () -> Lifecycle.authorize("EH-1", action, state, Set.of(party), EVERYTHING));
      assertEquals(403, e.status());
    } else {
      Transition granted = Lifecycle.authorize("EH-1", action, state, Set.of(party), EVERYTHING);
      assertEquals(rule.to(), granted.targetFrom(state));
    }
  }

  @Test
  void authorize_namesRequestActionAndStateWhenTheStateIsWrong() {
    ActionRejectedException e =
        assertThrows(
            ActionRejectedException.class,
            () ->
                Lifecycle.authorize(
                    "EH-77",
                    Action.CLOSE,
                    RequestState.IN_PROGRESS,
                    Set.of(Party.CALL_CENTER),
                    EVERYTHING));

    assertEquals(
        "EH-ACTION-409: Request EH-77: the action \"close\" is not possible while the request is"
            + " \"In progress\".",
        e.getMessage());
  }

  @Test
  void authorize_rejectsAMissingReason() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                Lifecycle.authorize(
                    "EH-5",
                    Action.REJECT,
                    RequestState.SUBMITTED,
                    Set.of(Party.CALL_CENTER),
                    EnumSet.noneOf(Need.class)));

    assertTrue(e.getMessage().contains("EH-5"), e.getMessage());
    assertTrue(e.getMessage().contains("reject"), e.getMessage());
  }

  @Test
  void authorize_requiresTheTechnicianToDispatchTo() {
    assertThrows(
        InvalidInputException.class,
        () ->
            Lifecycle.authorize(
                "EH-5",
                Action.DISPATCH,
                RequestState.SUBMITTED,
                Set.of(Party.CALL_CENTER),
                EnumSet.of(Need.TEXT)));
  }

  @Test
  void authorize_requiresTheCorrectionWhenSendingBackAfterARefusal() {
    Set<Party> agent = Set.of(Party.CALL_CENTER);

    Lifecycle.authorize("EH-5", Action.SEND_FOR_VALIDATION, RequestState.REALIZED, agent, Set.of());

    assertThrows(
        InvalidInputException.class,
        () ->
            Lifecycle.authorize(
                "EH-5", Action.SEND_FOR_VALIDATION, RequestState.REFUSED, agent, Set.of()));
  }

  @Test
  void authorize_letsTheTimerCloseWithoutANoteButNotTheAgent() {
    Lifecycle.authorize(
        "EH-5", Action.CLOSE, RequestState.ACCEPTED, Set.of(Party.SYSTEM), Set.of());

    assertThrows(
        InvalidInputException.class,
        () ->
            Lifecycle.authorize(
                "EH-5", Action.CLOSE, RequestState.ACCEPTED, Set.of(Party.CALL_CENTER), Set.of()));
  }

  @Test
  void availableActions_forTheCallCenterOnASubmittedRequest() {
    assertEquals(
        EnumSet.of(Action.REJECT, Action.DISPATCH, Action.TAKE, Action.RECLASSIFY),
        Lifecycle.availableActions(RequestState.SUBMITTED, Set.of(Party.CALL_CENTER)));
  }

  @Test
  void availableActions_neverOffersTimerOnlyRulesToPeople() {
    assertEquals(
        EnumSet.noneOf(Action.class),
        Lifecycle.availableActions(RequestState.ON_HOLD, Set.of(Party.REQUESTER)));
  }

  @Test
  void availableActions_isEmptyInFinalStates() {
    for (RequestState state : EnumSet.of(RequestState.CLOSED, RequestState.REJECTED)) {
      assertTrue(
          Lifecycle.availableActions(state, EnumSet.allOf(Party.class)).isEmpty(), state.name());
    }
  }
}

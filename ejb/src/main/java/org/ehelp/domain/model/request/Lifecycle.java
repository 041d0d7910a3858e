package org.ehelp.domain.model.request;

import static org.ehelp.domain.model.request.Action.ACCEPT;
import static org.ehelp.domain.model.request.Action.ADD_TASK;
import static org.ehelp.domain.model.request.Action.APPROVE;
import static org.ehelp.domain.model.request.Action.ASK_APPROVAL;
import static org.ehelp.domain.model.request.Action.CANCEL_TASK;
import static org.ehelp.domain.model.request.Action.CLOSE;
import static org.ehelp.domain.model.request.Action.COMPLETE_TASK;
import static org.ehelp.domain.model.request.Action.DISPATCH;
import static org.ehelp.domain.model.request.Action.FILE;
import static org.ehelp.domain.model.request.Action.HAND_BACK;
import static org.ehelp.domain.model.request.Action.MARK_REALIZED;
import static org.ehelp.domain.model.request.Action.PUT_ON_HOLD;
import static org.ehelp.domain.model.request.Action.RECLASSIFY;
import static org.ehelp.domain.model.request.Action.REFUSE;
import static org.ehelp.domain.model.request.Action.REFUSE_APPROVAL;
import static org.ehelp.domain.model.request.Action.REJECT;
import static org.ehelp.domain.model.request.Action.RESUME;
import static org.ehelp.domain.model.request.Action.RETURN_TO_TECHNICIAN;
import static org.ehelp.domain.model.request.Action.SEND_FOR_VALIDATION;
import static org.ehelp.domain.model.request.Action.START;
import static org.ehelp.domain.model.request.Action.START_TASK;
import static org.ehelp.domain.model.request.Action.TAKE;
import static org.ehelp.domain.model.request.Action.WITHDRAW;
import static org.ehelp.domain.model.request.RequestState.ACCEPTED;
import static org.ehelp.domain.model.request.RequestState.AWAITING_APPROVAL;
import static org.ehelp.domain.model.request.RequestState.AWAITING_VALIDATION;
import static org.ehelp.domain.model.request.RequestState.CLOSED;
import static org.ehelp.domain.model.request.RequestState.DISPATCHED;
import static org.ehelp.domain.model.request.RequestState.IN_PROGRESS;
import static org.ehelp.domain.model.request.RequestState.ON_HOLD;
import static org.ehelp.domain.model.request.RequestState.REALIZED;
import static org.ehelp.domain.model.request.RequestState.REFUSED;
import static org.ehelp.domain.model.request.RequestState.REJECTED;
import static org.ehelp.domain.model.request.RequestState.SUBMITTED;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ehelp.domain.error.ActionRejectedException;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.i18n.Localizable;

/**
 * The request lifecycle as data: every action, the states it starts from, the state it leads to,
 * the parties allowed to take it and what it needs. An action may have several rules when the
 * parties or needs differ by state; the timer may close an accepted request without a note, while
 * an agent closing it must write one.
 *
 * <p>Every screen, endpoint and timer goes through {@link #authorize}; nothing else decides whether
 * an action may be taken.
 */
public final class Lifecycle {

  private static final Set<Party> CALL_CENTER = EnumSet.of(Party.CALL_CENTER);
  private static final Set<Party> TECHNICIAN = EnumSet.of(Party.TECHNICIAN);
  private static final Set<Party> RESPONSIBLE = EnumSet.of(Party.RESPONSIBLE);
  private static final Set<Party> CONTRIBUTOR = EnumSet.of(Party.CONTRIBUTOR);
  private static final Set<Party> SYSTEM = EnumSet.of(Party.SYSTEM);
  private static final Set<Need> NOTHING = EnumSet.noneOf(Need.class);
  private static final Set<Need> TEXT = EnumSet.of(Need.TEXT);
  private static final Set<RequestState> TASK_STATES =
      EnumSet.of(IN_PROGRESS, ON_HOLD, AWAITING_APPROVAL);
  private static final Set<RequestState> OPEN_STATES =
      EnumSet.complementOf(EnumSet.of(REJECTED, CLOSED));

  private static final List<Transition> RULES =
      List.of(
          rule(FILE, EnumSet.noneOf(RequestState.class), SUBMITTED, EnumSet.allOf(Party.class)),
          rule(REJECT, EnumSet.of(SUBMITTED), REJECTED, CALL_CENTER, TEXT),
          rule(
              DISPATCH,
              EnumSet.of(SUBMITTED, DISPATCHED),
              DISPATCHED,
              CALL_CENTER,
              need(Need.TECHNICIAN)),
          rule(TAKE, EnumSet.of(SUBMITTED), IN_PROGRESS, CALL_CENTER),
          rule(HAND_BACK, EnumSet.of(DISPATCHED, IN_PROGRESS), SUBMITTED, TECHNICIAN, TEXT),
          rule(START, EnumSet.of(DISPATCHED), IN_PROGRESS, TECHNICIAN),
          rule(
              ASK_APPROVAL,
              EnumSet.of(IN_PROGRESS),
              AWAITING_APPROVAL,
              TECHNICIAN,
              need(Need.RESPONSIBLE, Need.TEXT)),
          rule(APPROVE, EnumSet.of(AWAITING_APPROVAL), IN_PROGRESS, RESPONSIBLE),
          rule(REFUSE_APPROVAL, EnumSet.of(AWAITING_APPROVAL), IN_PROGRESS, RESPONSIBLE, TEXT),
          rule(PUT_ON_HOLD, EnumSet.of(IN_PROGRESS), ON_HOLD, TECHNICIAN, TEXT),
          rule(
              RESUME, EnumSet.of(ON_HOLD), IN_PROGRESS, EnumSet.of(Party.TECHNICIAN, Party.SYSTEM)),
          unchanged(
              ADD_TASK,
              EnumSet.of(IN_PROGRESS, ON_HOLD),
              TECHNICIAN,
              need(Need.CONTRIBUTOR, Need.TEXT)),
          unchanged(START_TASK, TASK_STATES, CONTRIBUTOR, need(Need.TASK)),
          unchanged(COMPLETE_TASK, TASK_STATES, CONTRIBUTOR, need(Need.TASK, Need.TEXT)),
          unchanged(CANCEL_TASK, TASK_STATES, TECHNICIAN, need(Need.TASK, Need.TEXT)),
          rule(MARK_REALIZED, EnumSet.of(IN_PROGRESS), REALIZED, TECHNICIAN, TEXT),
          rule(RETURN_TO_TECHNICIAN, EnumSet.of(REALIZED, REFUSED), IN_PROGRESS, CALL_CENTER, TEXT),
          rule(SEND_FOR_VALIDATION, EnumSet.of(REALIZED), AWAITING_VALIDATION, CALL_CENTER),
          // After a refusal the agent sends back the correction, so it has to be written down.
          rule(SEND_FOR_VALIDATION, EnumSet.of(REFUSED), AWAITING_VALIDATION, CALL_CENTER, TEXT),
          rule(
              ACCEPT,
              EnumSet.of(AWAITING_VALIDATION),
              ACCEPTED,
              EnumSet.of(Party.REQUESTER, Party.CALL_CENTER, Party.SYSTEM)),
          rule(
              REFUSE,
              EnumSet.of(AWAITING_VALIDATION),
              REFUSED,
              EnumSet.of(Party.REQUESTER, Party.CALL_CENTER),
              TEXT),
          rule(CLOSE, EnumSet.of(REALIZED, ACCEPTED, REFUSED), CLOSED, CALL_CENTER, TEXT),
          rule(CLOSE, EnumSet.of(ACCEPTED), CLOSED, SYSTEM),
          // Ending a major event may close the requests attached to it that nobody works on yet,
          // or whose work is done, with the event's closing message; no screen offers this.
          rule(CLOSE, EnumSet.of(SUBMITTED, DISPATCHED, REALIZED, REFUSED), CLOSED, SYSTEM, TEXT),
          rule(
              WITHDRAW,
              EnumSet.of(SUBMITTED, DISPATCHED),
              CLOSED,
              EnumSet.of(Party.REQUESTER, Party.FILER),
              TEXT),
          unchanged(
              RECLASSIFY,
              OPEN_STATES,
              EnumSet.of(Party.CALL_CENTER, Party.TECHNICIAN),
              need(Need.CLASSIFICATION)));

  private Lifecycle() {}

  /** Returns every declared rule, in the order of the lifecycle. */
  public static List<Transition> rules() {
    return RULES;
  }

  /**
   * Returns the rule that lets these parties take the action on a request in this state, with
   * everything it needs supplied.
   *
   * @param reference the request's reference, named in the refusal
   * @throws ActionRejectedException when the state does not allow the action (409) or the parties
   *     may not take it (403)
   * @throws InvalidInputException when something the action needs was not supplied
   */
  public static Transition authorize(
      String reference, Action action, RequestState state, Set<Party> parties, Set<Need> supplied) {
    List<Transition> fromState =
        RULES.stream().filter(r -> r.action() == action && r.startsFrom(state)).toList();
    if (fromState.isEmpty()) {
      throw ActionRejectedException.conflict(
          "error.action.wrongState",
          reference,
          Localizable.of(action.messageKey()),
          Localizable.of("state." + state.name()));
    }

    Transition rule =
        fromState.stream()
            .filter(r -> r.allows(parties))
            .findFirst()
            .orElseThrow(
                () ->
                    ActionRejectedException.forbidden(
                        "error.action.notAllowed", reference, Localizable.of(action.messageKey())));

    Set<Need> missing = EnumSet.noneOf(Need.class);
    missing.addAll(rule.needs());
    missing.removeAll(supplied);
    if (!missing.isEmpty()) {
      Need first = missing.iterator().next();
      throw new InvalidInputException(
          "EH-ACTION-400",
          "error.action.missing",
          reference,
          Localizable.of(action.messageKey()),
          Localizable.of("need." + first.name()));
    }
    return rule;
  }

  /** Returns the actions these parties may take on a request in this state, for its buttons. */
  public static Set<Action> availableActions(RequestState state, Set<Party> parties) {
    Set<Action> actions = new LinkedHashSet<>();
    for (Transition rule : RULES) {
      if (rule.startsFrom(state) && rule.allows(withoutSystem(parties))) {
        actions.add(rule.action());
      }
    }
    return actions;
  }

  /** Returns the needs of the first rule for the action that starts from the state, if any. */
  public static Set<Need> needs(Action action, RequestState state, Set<Party> parties) {
    return RULES.stream()
        .filter(r -> r.action() == action && r.startsFrom(state) && r.allows(parties))
        .map(Transition::needs)
        .findFirst()
        .orElse(NOTHING);
  }

  private static Set<Party> withoutSystem(Set<Party> parties) {
    Set<Party> people = EnumSet.noneOf(Party.class);
    people.addAll(parties);
    people.remove(Party.SYSTEM);
    return people;
  }

  private static Transition rule(
      Action action, Set<RequestState> from, RequestState to, Set<Party> parties) {
    return rule(action, from, to, parties, NOTHING);
  }

  private static Transition rule(
      Action action, Set<RequestState> from, RequestState to, Set<Party> parties, Set<Need> needs) {
    return new Transition(action, from, Optional.of(to), parties, needs);
  }

  private static Transition unchanged(
      Action action, Set<RequestState> from, Set<Party> parties, Set<Need> needs) {
    return new Transition(action, from, Optional.empty(), parties, needs);
  }

  private static Set<Need> need(Need first, Need... rest) {
    List<Need> all = new ArrayList<>(List.of(rest));
    all.add(first);
    return EnumSet.copyOf(all);
  }
}

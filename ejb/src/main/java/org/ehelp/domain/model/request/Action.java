package org.ehelp.domain.model.request;

/** Everything a person or a timer can do to a request. {@link Lifecycle} says who and when. */
public enum Action {
  FILE,
  REJECT,
  DISPATCH,
  TAKE,
  HAND_BACK,
  START,
  ASK_APPROVAL,
  APPROVE,
  REFUSE_APPROVAL,
  PUT_ON_HOLD,
  RESUME,
  ADD_TASK,
  START_TASK,
  COMPLETE_TASK,
  CANCEL_TASK,
  MARK_REALIZED,
  RETURN_TO_TECHNICIAN,
  SEND_FOR_VALIDATION,
  ACCEPT,
  REFUSE,
  CLOSE,
  WITHDRAW,
  /** Changes the priority or the category, which may change the SLA that applies. */
  RECLASSIFY,
  /** Not an action anyone takes: the history entry of a request brought in by an import. */
  IMPORT;

  /** The message bundle key of the action's name, such as {@code action.MARK_REALIZED}. */
  public String messageKey() {
    return "action." + name();
  }
}

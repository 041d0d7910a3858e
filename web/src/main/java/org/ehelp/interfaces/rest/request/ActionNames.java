package org.ehelp.interfaces.rest.request;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.model.request.Action;

/**
 * Spells lifecycle actions as the API does, in kebab case: {@code MARK_REALIZED} is {@code
 * mark-realized}.
 */
public final class ActionNames {

  /** Actions no one takes through the API: filing has its own endpoint, imports their own tool. */
  private static final Set<Action> NOT_PERFORMABLE = EnumSet.of(Action.FILE, Action.IMPORT);

  private ActionNames() {}

  public static String of(Action action) {
    return action.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Returns the action spelled {@code name}.
   *
   * @throws InvalidInputException when no action a person can take has exactly that name
   */
  public static Action parse(String name) {
    return Arrays.stream(Action.values())
        .filter(a -> !NOT_PERFORMABLE.contains(a) && of(a).equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException("EH-ACTION-400", "error.api.unknownAction", name, all()));
  }

  private static String all() {
    return Arrays.stream(Action.values())
        .filter(a -> !NOT_PERFORMABLE.contains(a))
        .map(ActionNames::of)
        .collect(Collectors.joining(", "));
  }
}

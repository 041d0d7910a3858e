package org.ehelp.domain.model.request;

import java.util.Optional;
import java.util.Set;

/**
 * One declared rule of the lifecycle: which action leads from which states to which state, which
 * parties may take it, and what it needs.
 *
 * @param target the state after the action, or empty when the action leaves the state as it is
 */
public record Transition(
    Action action,
    Set<RequestState> sources,
    Optional<RequestState> target,
    Set<Party> parties,
    Set<Need> needs) {

  public Transition {
    sources = Set.copyOf(sources);
    parties = Set.copyOf(parties);
    needs = Set.copyOf(needs);
  }

  public boolean startsFrom(RequestState state) {
    return sources.contains(state);
  }

  public boolean allows(Set<Party> actorParties) {
    return actorParties.stream().anyMatch(parties::contains);
  }

  /** Returns the state after the action, taken from {@code current}. */
  public RequestState targetFrom(RequestState current) {
    return target.orElse(current);
  }
}

package org.ehelp.interfaces.web.request;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ehelp.application.ActionCommand;
import org.ehelp.application.RequestDetails;
import org.ehelp.application.RequestService;
import org.ehelp.application.RequestSummary;
import org.ehelp.domain.model.request.Action;
import org.ehelp.domain.model.request.RequestSort;
import org.ehelp.interfaces.web.session.UserSession;
import org.ehelp.interfaces.web.support.Texts;
import org.ehelp.interfaces.web.support.Worklists;

/**
 * The requester's validation screen: every request whose solution waits for the person's answer,
 * with the solution, and accept or refuse with a reason. Each answer carries the version of the
 * request the person read, so an answer to a request that changed meanwhile is refused as stale.
 */
@Named
@ViewScoped
public class ValidationView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MAX_SHOWN = 50;

  @Inject private RequestService requests;

  @Inject private UserSession user;

  private List<RequestDetails> waiting;
  private final Map<Long, String> reasons = new HashMap<>();
  private long total;

  @PostConstruct
  void init() {
    var page =
        requests.page(
            Worklists.awaitingValidationBy(user.getPersonId()),
            RequestSort.newestFirst(),
            0,
            MAX_SHOWN);
    total = page.total();
    waiting = page.items().stream().map(RequestSummary::id).map(requests::get).toList();
  }

  /** Accepts the solution of one request, as of the version the person read. */
  public String accept(long requestId, long version) {
    requests.perform(requestId, ActionCommand.of(Action.ACCEPT, version, null));
    Texts.flashInfo("portal.validate.accepted", number(requestId));
    return "/requests/validate?faces-redirect=true";
  }

  /** Refuses the solution of one request, with the reason typed for it. */
  public String refuse(long requestId, long version) {
    String reason = reasons.get(requestId);
    requests.perform(requestId, ActionCommand.of(Action.REFUSE, version, reason));
    Texts.flashInfo("portal.validate.refused", number(requestId));
    return "/requests/validate?faces-redirect=true";
  }

  private String number(long requestId) {
    return waiting.stream()
        .filter(r -> r.id() == requestId)
        .map(RequestDetails::number)
        .findFirst()
        .orElse("EH-" + requestId);
  }

  public List<RequestDetails> getWaiting() {
    return waiting;
  }

  /** Returns how many requests wait, which may be more than are shown. */
  public long getTotal() {
    return total;
  }

  /** Returns the typed refusal reasons, by request id. */
  public Map<Long, String> getReasons() {
    return reasons;
  }
}

package org.ehelp.interfaces.web.desk;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ehelp.application.CategoryRef;
import org.ehelp.application.DirectoryService;
import org.ehelp.application.NewRequest;
import org.ehelp.application.PersonRef;
import org.ehelp.application.RequestDetails;
import org.ehelp.application.RequestService;
import org.ehelp.application.RequestSummary;
import org.ehelp.domain.model.request.Channel;
import org.ehelp.domain.model.request.Priority;
import org.ehelp.domain.model.request.RequestFilter;
import org.ehelp.domain.model.request.RequestSort;
import org.ehelp.domain.model.request.RequestState;
import org.ehelp.interfaces.web.session.UserSession;
import org.ehelp.interfaces.web.support.Pages;
import org.ehelp.interfaces.web.support.Texts;

/**
 * The call center's form for a phone call: find the caller by name, e-mail or phone while typing,
 * see their open requests so as not to file the same problem twice, and file the request for them.
 */
@Named
@ViewScoped
public class PhoneView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SUGGESTIONS = 10;
  private static final int OPEN_SHOWN = 10;

  @Inject private RequestService requests;

  @Inject private DirectoryService directory;

  @Inject private UserSession user;

  private final String idempotencyKey = UUID.randomUUID().toString();
  private List<CategoryRef> categories;
  private PersonRef caller;
  private List<RequestSummary> callerOpen = List.of();
  private long callerOpenTotal;
  private String title;
  private String description;
  private String categoryCode;
  private Priority priority = Priority.P3;

  @PostConstruct
  void init() {
    categories = directory.categories();
  }

  /** Sends 403 to anyone outside the call center. */
  public void requireCallCenter() throws IOException {
    if (!user.isCallCenter()) {
      Pages.forbidden();
    }
  }

  /** Returns people whose name, login, e-mail or phone contains the typed text. */
  public List<PersonRef> completeCaller(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return directory.findPeople(text.strip(), null, SUGGESTIONS);
  }

  /** Shows the open requests of the chosen caller. */
  public void callerChosen() {
    if (caller == null) {
      callerOpen = List.of();
      callerOpenTotal = 0;
      return;
    }
    Set<RequestState> open = EnumSet.allOf(RequestState.class);
    open.removeIf(RequestState::isFinal);
    RequestFilter filter = new RequestFilter(open, caller.id(), null, null, null, null, null);
    var page = requests.page(filter, RequestSort.newestFirst(), 0, OPEN_SHOWN);
    callerOpen = page.items();
    callerOpenTotal = page.total();
  }

  /** Files the request for the caller, received by phone, and opens it. */
  public String file() {
    NewRequest command =
        new NewRequest(title, description, categoryCode, priority, caller.id(), Channel.PHONE);

    RequestDetails filed = requests.file(command, idempotencyKey).request();

    Texts.flashInfo("portal.phone.filed", filed.number(), caller.displayName());
    return "/requests/view?faces-redirect=true&id=" + filed.id();
  }

  public List<CategoryRef> getCategories() {
    return categories;
  }

  public Priority[] getPriorities() {
    return Priority.values();
  }

  public PersonRef getCaller() {
    return caller;
  }

  public void setCaller(PersonRef caller) {
    this.caller = caller;
  }

  public List<RequestSummary> getCallerOpen() {
    return callerOpen;
  }

  public long getCallerOpenTotal() {
    return callerOpenTotal;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public void setCategoryCode(String categoryCode) {
    this.categoryCode = categoryCode;
  }

  public Priority getPriority() {
    return priority;
  }

  public void setPriority(Priority priority) {
    this.priority = priority;
  }
}

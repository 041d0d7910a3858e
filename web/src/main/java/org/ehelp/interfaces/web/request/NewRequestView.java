package org.ehelp.interfaces.web.request;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ehelp.application.CategoryRef;
import org.ehelp.application.DirectoryService;
import org.ehelp.application.NewRequest;
import org.ehelp.application.PersonRef;
import org.ehelp.application.RequestDetails;
import org.ehelp.application.RequestService;
import org.ehelp.application.majorevent.MajorEventService;
import org.ehelp.application.majorevent.MajorEventView;
import org.ehelp.domain.model.request.Channel;
import org.ehelp.domain.model.request.Priority;
import org.ehelp.interfaces.web.majorevent.MajorEventPrompt;
import org.ehelp.interfaces.web.session.UserSession;
import org.ehelp.interfaces.web.support.Texts;

/**
 * The new request form. A call center agent may file for a caller and mark the request as taken by
 * phone; anyone may file for someone else. While a major event affects the chosen category, the
 * person may file the request attached to it.
 */
@Named
@ViewScoped
public class NewRequestView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SUGGESTIONS = 10;

  @Inject private RequestService requests;

  @Inject private DirectoryService directory;

  @Inject private UserSession user;

  @Inject private MajorEventService majorEvents;

  @Inject private MajorEventPrompt majorEventPrompt;

  /** Makes a double submission of the same form file one request, not two. */
  private final String idempotencyKey = UUID.randomUUID().toString();

  private List<CategoryRef> categories;
  private String title;
  private String description;
  private String categoryCode;
  private Priority priority = Priority.P3;
  private boolean forSomeoneElse;
  private PersonRef requester;
  private Channel channel = Channel.PORTAL;

  @PostConstruct
  void init() {
    categories = directory.categories();
  }

  /** Returns people matching the typed text, for the requester autocomplete. */
  public List<PersonRef> completePeople(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return directory.findPeople(text.strip(), null, SUGGESTIONS);
  }

  /** Files the request and opens it. */
  public String file() {
    Long requesterId = forSomeoneElse && requester != null ? requester.id() : null;
    Channel through = user.isCallCenter() ? channel : Channel.PORTAL;
    NewRequest command =
        new NewRequest(title, description, categoryCode, priority, requesterId, through);

    Optional<MajorEventView> sameProblem = majorEventPrompt.chosen(categoryCode);
    RequestDetails filed =
        sameProblem.isPresent()
            ? majorEvents.fileAttached(sameProblem.get().id(), command, idempotencyKey)
            : requests.file(command, idempotencyKey).request();

    if (sameProblem.isPresent()) {
      Texts.flashInfo("majorEvent.prompt.filed", filed.number(), sameProblem.get().title());
    } else {
      Texts.flashInfo("portal.request.filed", filed.number());
    }
    return "/requests/view?faces-redirect=true&id=" + filed.id();
  }

  public List<CategoryRef> getCategories() {
    return categories;
  }

  public Priority[] getPriorities() {
    return Priority.values();
  }

  /** Returns the channels an agent may choose: the portal, or a phone call they are taking. */
  public List<Channel> getChannels() {
    return List.of(Channel.PORTAL, Channel.PHONE);
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

  public boolean isForSomeoneElse() {
    return forSomeoneElse;
  }

  public void setForSomeoneElse(boolean forSomeoneElse) {
    this.forSomeoneElse = forSomeoneElse;
  }

  public PersonRef getRequester() {
    return requester;
  }

  public void setRequester(PersonRef requester) {
    this.requester = requester;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }
}

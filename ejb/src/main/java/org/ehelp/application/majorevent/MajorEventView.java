package org.ehelp.application.majorevent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ehelp.application.CategoryRef;
import org.ehelp.domain.model.majorevent.MajorEvent;
import org.ehelp.domain.model.majorevent.MajorEventKind;
import org.ehelp.domain.model.majorevent.MajorEventUpdate;

/**
 * A major event as pages and the API show it, with its updates, oldest first.
 *
 * @param attached how many requests are attached to it
 */
public record MajorEventView(
    long id,
    MajorEventKind kind,
    String title,
    String description,
    Instant startsAt,
    Instant expectedEndAt,
    Instant endedAt,
    Phase phase,
    List<CategoryRef> categories,
    List<String> services,
    List<UpdateItem> updates,
    long attached,
    long version) {

  /** The phase of an event at the moment it is read. */
  public enum Phase {
    UPCOMING,
    CURRENT,
    PAST
  }

  /** One update of the event. */
  public record UpdateItem(long id, String body, boolean closing, String author, Instant postedAt) {

    static UpdateItem of(MajorEventUpdate update) {
      return new UpdateItem(
          update.getId(),
          update.getBody(),
          update.isClosing(),
          update.getPostedBy() == null ? null : update.getPostedBy().getDisplayName(),
          update.getPostedAt());
    }
  }

  static MajorEventView of(MajorEvent event, long attached, Instant now) {
    return new MajorEventView(
        event.getId(),
        event.getKind(),
        event.getTitle(),
        event.getDescription(),
        event.getStartsAt(),
        event.getExpectedEndAt(),
        event.getEndedAt(),
        phase(event, now),
        event.getCategories().stream().map(CategoryRef::of).toList(),
        event.getServices(),
        event.getUpdates().stream().map(UpdateItem::of).toList(),
        attached,
        event.getVersion());
  }

  private static Phase phase(MajorEvent event, Instant now) {
    if (event.isCurrentAt(now)) {
      return Phase.CURRENT;
    }
    return event.isUpcomingAt(now) ? Phase.UPCOMING : Phase.PAST;
  }

  /** Returns the newest update, if any. */
  public Optional<UpdateItem> latestUpdate() {
    return updates.isEmpty() ? Optional.empty() : Optional.of(updates.get(updates.size() - 1));
  }

  /** Returns the newest update's text, or null: for pages, which cannot unwrap an Optional. */
  public UpdateItem getLatest() {
    return latestUpdate().orElse(null);
  }

  /** Returns the names of the affected categories and services, for one line of text. */
  public List<String> affected() {
    return Stream.concat(categories.stream().map(CategoryRef::name), services.stream()).toList();
  }
}

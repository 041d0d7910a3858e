package org.ehelp.interfaces.rest.majorevent;

import java.time.Instant;
import java.util.List;
import org.ehelp.application.CategoryRef;
import org.ehelp.application.majorevent.MajorEventDraft;
import org.ehelp.application.majorevent.MajorEventService;
import org.ehelp.application.majorevent.MajorEventView;
import org.ehelp.domain.model.majorevent.MajorEventKind;
import org.ehelp.interfaces.rest.QueryParams;

/** The JSON shapes of the major event API, and their mapping. */
public final class MajorEventDtos {

  private MajorEventDtos() {}

  /**
   * A major event as the API returns it.
   *
   * @param phase UPCOMING, CURRENT or PAST when the response was written
   * @param attached how many requests are attached
   */
  public record MajorEventDto(
      long id,
      String kind,
      String title,
      String description,
      Instant startsAt,
      Instant expectedEndAt,
      Instant endedAt,
      String phase,
      List<String> categoryCodes,
      List<String> services,
      List<UpdateDto> updates,
      long attached,
      long version) {}

  /** One update of an event; the closing one ended it. */
  public record UpdateDto(long id, String text, boolean closing, String author, Instant postedAt) {}

  /**
   * The body that records or corrects an event.
   *
   * @param kind MAINTENANCE or INCIDENT
   * @param categoryCodes codes of the affected categories
   * @param services affected services or sites, free text
   */
  public record MajorEventInputDto(
      String kind,
      String title,
      String description,
      Instant startsAt,
      Instant expectedEndAt,
      List<String> categoryCodes,
      List<String> services) {}

  /**
   * The body of an update.
   *
   * @param expectedEndAt a new expected end, or absent to keep it
   */
  public record UpdateInputDto(String text, Instant expectedEndAt) {}

  /**
   * The body that ends an event.
   *
   * @param closeRequests also close the attached requests that the lifecycle allows
   */
  public record EndInputDto(String text, boolean closeRequests) {}

  /** The result of ending an event. */
  public record EndedDto(MajorEventDto event, int closed, int leftOpen) {}

  /**
   * The body that attaches requests in bulk.
   *
   * @param requests request numbers, as {@code EH-1042} or {@code 1042}
   */
  public record AttachInputDto(List<String> requests) {}

  /** How many requests a bulk attach added, and every request attached now. */
  public record AttachedDto(int added, List<String> requests) {}

  static MajorEventDto event(MajorEventView view) {
    return new MajorEventDto(
        view.id(),
        view.kind().name(),
        view.title(),
        view.description(),
        view.startsAt(),
        view.expectedEndAt(),
        view.endedAt(),
        view.phase().name(),
        view.categories().stream().map(CategoryRef::code).toList(),
        view.services(),
        view.updates().stream()
            .map(u -> new UpdateDto(u.id(), u.body(), u.closing(), u.author(), u.postedAt()))
            .toList(),
        view.attached(),
        view.version());
  }

  static EndedDto ended(MajorEventService.Ended ended) {
    return new EndedDto(event(ended.event()), ended.closed(), ended.leftOpen());
  }

  static MajorEventDraft draft(MajorEventInputDto body) {
    MajorEventInputDto input = QueryParams.body(body);
    return new MajorEventDraft(
        QueryParams.constant("kind", input.kind(), MajorEventKind.class),
        input.title(),
        input.description(),
        input.startsAt(),
        input.expectedEndAt(),
        input.categoryCodes(),
        input.services());
  }
}

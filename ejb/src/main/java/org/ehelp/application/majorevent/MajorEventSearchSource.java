package org.ehelp.application.majorevent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ehelp.application.search.SearchReaders;
import org.ehelp.application.search.SearchSource;
import org.ehelp.domain.model.category.Category;
import org.ehelp.domain.model.majorevent.MajorEvent;
import org.ehelp.domain.model.majorevent.MajorEventRepository;
import org.ehelp.domain.model.majorevent.MajorEventUpdate;
import org.ehelp.search.SearchDocument;

/**
 * Major events as search documents: title, description, what they affect and every update. Every
 * signed-in person may read every event, so everyone finds them.
 */
@ApplicationScoped
public class MajorEventSearchSource implements SearchSource {

  /** The search type of major events. */
  public static final String TYPE = "EVENT";

  @Inject private MajorEventRepository events;

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Optional<SearchDocument> load(String id) {
    return events.findById(Long.parseLong(id)).map(MajorEventSearchSource::toDocument);
  }

  @Override
  public List<String> ids() {
    return events.findAllIds().stream().map(String::valueOf).toList();
  }

  static SearchDocument toDocument(MajorEvent event) {
    List<String> parts = new ArrayList<>();
    parts.add(event.getDescription());
    event.getCategories().stream().map(Category::getName).forEach(parts::add);
    parts.addAll(event.getServices());
    event.getUpdates().stream().map(MajorEventUpdate::getBody).forEach(parts::add);
    Map<String, String> facets =
        event.getCategories().isEmpty()
            ? Map.of()
            : Map.of("category", event.getCategories().get(0).getName());
    return new SearchDocument(
        TYPE,
        event.getId().toString(),
        event.getTitle(),
        String.join("\n", parts),
        "",
        List.of(),
        facets,
        event.getStartsAt(),
        Set.of(SearchReaders.EVERYONE));
  }
}

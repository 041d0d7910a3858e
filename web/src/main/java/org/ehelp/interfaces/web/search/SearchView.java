package org.ehelp.interfaces.web.search;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ehelp.application.majorevent.MajorEventSearchSource;
import org.ehelp.application.search.SearchService;
import org.ehelp.domain.model.kb.ArticleState;
import org.ehelp.interfaces.web.guide.GuideIndexing;
import org.ehelp.interfaces.web.support.Texts;
import org.ehelp.search.FacetCount;
import org.ehelp.search.SearchHit;
import org.ehelp.search.SearchResult;
import org.ehelp.search.SearchSort;
import org.ehelp.search.Snippet;

/**
 * The search results page: reads {@code q}, {@code filter} ({@code dimension:value}, repeated),
 * {@code sort} and {@code page} from the address, so that every state of the page is a link.
 */
@Named
@RequestScoped
public class SearchView {

  static final int PAGE_SIZE = 20;

  /** Facet dimensions in the order the page shows them, each with the prefix of its labels. */
  private static final List<String[]> DIMENSIONS =
      List.of(
          new String[] {"type", "search.type."},
          new String[] {"state", "state."},
          new String[] {"category", null},
          new String[] {"sla", "sla.level."},
          new String[] {"technician", null},
          new String[] {"priority", "priority."});

  /** Articles have states of their own, in the same facet as the states of requests. */
  private static final Set<String> ARTICLE_STATES =
      Arrays.stream(ArticleState.values()).map(Enum::name).collect(Collectors.toSet());

  @Inject private SearchService search;

  private String text = "";
  private final Map<String, Set<String>> filters = new HashMap<>();
  private SearchSort sort = SearchSort.RELEVANCE;
  private int page;
  private SearchResult result;

  @PostConstruct
  void read() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    Map<String, String> params = context.getRequestParameterMap();
    text = params.getOrDefault("q", "").strip();
    String[] values = context.getRequestParameterValuesMap().get("filter");
    if (values != null) {
      for (String value : values) {
        int colon = value.indexOf(':');
        if (colon > 0 && colon < value.length() - 1) {
          filters
              .computeIfAbsent(value.substring(0, colon), d -> new LinkedHashSet<>())
              .add(value.substring(colon + 1));
        }
      }
    }
    try {
      sort = SearchSort.valueOf(params.getOrDefault("sort", "RELEVANCE").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      sort = SearchSort.RELEVANCE;
    }
    try {
      page = Math.max(0, Integer.parseInt(params.getOrDefault("page", "0")));
    } catch (NumberFormatException e) {
      page = 0;
    }
  }

  public SearchResult getResult() {
    if (result == null) {
      result = search.search(text, Set.of(), filters, sort, page, PAGE_SIZE);
    }
    return result;
  }

  public String getText() {
    return text;
  }

  public String getSort() {
    return sort.name().toLowerCase(Locale.ROOT);
  }

  public int getPage() {
    return page;
  }

  public long getTotal() {
    return getResult().total();
  }

  public List<HitView> getHits() {
    List<HitView> hits = new ArrayList<>();
    for (SearchHit hit : getResult().hits()) {
      hits.add(
          new HitView(
              hit.type(),
              hit.id(),
              hit.title(),
              linkOf(hit),
              label("type", hit.type()),
              hit.facets().get("state") == null ? "" : label("state", hit.facets().get("state")),
              hit.date(),
              SnippetHtml.render(bodySnippets(hit.snippets()))));
    }
    return hits;
  }

  /** Returns the snippets to show under the title, which is the link and so needs no passage. */
  private static List<Snippet> bodySnippets(List<Snippet> snippets) {
    return snippets.stream().filter(s -> !s.field().equals("title")).toList();
  }

  private static String linkOf(SearchHit hit) {
    return switch (hit.type()) {
      case "REQUEST" -> "requests/view.xhtml?id=" + encode(hit.id());
      case "ARTICLE" -> "kb/view.xhtml?id=" + encode(hit.id());
      case GuideIndexing.TYPE -> GuideIndexing.link(hit.id());
      case MajorEventSearchSource.TYPE -> "events/view.xhtml?id=" + encode(hit.id());
      default -> null;
    };
  }

  public List<FacetGroup> getFacets() {
    List<FacetGroup> groups = new ArrayList<>();
    for (String[] dimension : DIMENSIONS) {
      List<FacetCount> counts = getResult().facets().get(dimension[0]);
      if (counts == null || counts.isEmpty()) {
        continue;
      }
      List<FacetLink> links = new ArrayList<>();
      for (FacetCount count : counts) {
        boolean selected = filters.getOrDefault(dimension[0], Set.of()).contains(count.value());
        links.add(
            new FacetLink(
                label(dimension[0], count.value()),
                count.count(),
                selected,
                urlToggling(dimension[0], count.value())));
      }
      groups.add(new FacetGroup(dimension[0], "search.facet." + dimension[0], links));
    }
    return groups;
  }

  private String label(String dimension, String value) {
    if (dimension.equals("state") && ARTICLE_STATES.contains(value)) {
      return Texts.format("kb.state." + value);
    }
    for (String[] known : DIMENSIONS) {
      if (known[0].equals(dimension) && known[1] != null) {
        return Texts.format(known[1] + value);
      }
    }
    return value;
  }

  public String getPreviousUrl() {
    return page == 0 ? null : url(text, filters, sort, page - 1);
  }

  public String getNextUrl() {
    long shown = (long) (page + 1) * PAGE_SIZE;
    return shown >= getTotal() ? null : url(text, filters, sort, page + 1);
  }

  public String sortUrl(String order) {
    return url(text, filters, SearchSort.valueOf(order.toUpperCase(Locale.ROOT)), 0);
  }

  private String urlToggling(String dimension, String value) {
    Map<String, Set<String>> next = new HashMap<>();
    filters.forEach((d, v) -> next.put(d, new HashSet<>(v)));
    Set<String> values = next.computeIfAbsent(dimension, d -> new HashSet<>());
    if (!values.remove(value)) {
      values.add(value);
    }
    return url(text, next, sort, 0);
  }

  private static String url(
      String text, Map<String, Set<String>> filters, SearchSort sort, int page) {
    StringBuilder url = new StringBuilder("search.xhtml?q=").append(encode(text));
    filters.forEach(
        (dimension, values) ->
            values.stream()
                .sorted()
                .forEach(v -> url.append("&filter=").append(encode(dimension + ":" + v))));
    if (sort != SearchSort.RELEVANCE) {
      url.append("&sort=").append(sort.name().toLowerCase(Locale.ROOT));
    }
    if (page > 0) {
      url.append("&page=").append(page);
    }
    return url.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A hit as the page shows it; {@code snippetHtml} is escaped except for its mark elements. */
  public record HitView(
      String type,
      String id,
      String title,
      String url,
      String typeLabel,
      String stateLabel,
      java.time.Instant date,
      String snippetHtml) {}

  /** The counts of one facet dimension. */
  public record FacetGroup(String dimension, String labelKey, List<FacetLink> links) {}

  /** A facet value: following the link selects it, or clears it when selected. */
  public record FacetLink(String label, long count, boolean selected, String url) {}
}

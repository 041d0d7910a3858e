package org.ehelp.interfaces.web.kb;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ehelp.application.kb.KnowledgeBase;
import org.ehelp.search.SearchHit;

/** Published articles that match what the person types into the new request form. */
@Named
@ViewScoped
public class SuggestionsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private KnowledgeBase kb;

  private List<Suggestion> suggestions = List.of();

  /** Reads the typed text from the request parameter {@code text} and finds articles. */
  public void suggest() {
    String text =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .getOrDefault("text", "");
    suggestions =
        kb.suggest(text.length() > 500 ? text.substring(0, 500) : text).stream()
            .map(Suggestion::of)
            .toList();
  }

  public List<Suggestion> getSuggestions() {
    return suggestions;
  }

  /** A suggested article. */
  public record Suggestion(String id, String title) implements Serializable {
    static Suggestion of(SearchHit hit) {
      return new Suggestion(hit.id(), hit.title());
    }
  }
}

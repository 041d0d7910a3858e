package org.ehelp.interfaces.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ehelp.application.search.SearchService;
import org.ehelp.infrastructure.search.SearchIndexer;
import org.ehelp.interfaces.web.support.Texts;

/** The search index section of the admin settings page: its state and a rebuild button. */
@Named
@RequestScoped
public class SearchAdminView {

  @Inject private SearchService search;

  private SearchIndexer.Status status;

  public SearchIndexer.Status getStatus() {
    if (status == null) {
      status = search.status();
    }
    return status;
  }

  public void rebuild() {
    search.rebuild();
    status = null;
    Texts.info("search.admin.started");
  }
}
